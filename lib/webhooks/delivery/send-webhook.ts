import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isPrivateAddress } from "../check-webhook-url";

/** What one HTTP attempt came to, as the delivery log shows it. */
export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  /** The start of the response body, printable characters only. */
  snippet: string | null;
  error: string | null;
}

export interface SendOptions {
  timeoutMs: number;
  /** ALLOW_PRIVATE_WEBHOOKS: otherwise an address in a private range is refused at connect time. */
  allowPrivate: boolean;
  signal?: AbortSignal;
}

/** Enough of a response body to tell what the receiver said; the rest is never read. */
export const SNIPPET_BYTES = 1024;
const MAX_SOCKETS = 64;

// Keep-alive: a busy destination gets its events over a few reused connections, not one each.
const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
};

/**
 * The address check again, at connect time: the URL was checked when saved, but DNS can
 * change since (DNS rebinding), so every connection resolves and refuses a private address.
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, options, (err, address, family) => {
    if (err) return callback(err, address, family);
    const all = Array.isArray(address) ? address : [{ address, family: family ?? 4 }];
    const blocked = all.find((a) => isPrivateAddress(a.address));
    if (blocked) return callback(refusal(hostname, blocked.address), address, family);
    callback(null, address, family);
  });
};

const refusal = (host: string, address: string) =>
  Object.assign(new Error(`refused: ${host} resolves to a private or local address (${address})`), { code: "EPRIVATE" });

/**
 * POSTs one webhook body. Never throws: every failure (refused address, timeout, reset,
 * non-2xx, a redirect, which is not followed) comes back as a result with a readable error.
 */
export function sendWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: SendOptions,
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    const finish = (r: Omit<SendResult, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (onAbort) options.signal?.removeEventListener("abort", onAbort);
      resolve({ ...r, durationMs: elapsed() });
    };
    const fail = (error: string, statusCode: number | null = null, snippet: string | null = null) =>
      finish({ ok: false, statusCode, snippet, error });

    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return fail("the URL is not valid");
    }
    if (target.protocol !== "http:" && target.protocol !== "https:") return fail("the URL must use http:// or https://");
    const host = target.hostname.replace(/^\[(.*)\]$/, "$1");
    if (!options.allowPrivate && isIP(host) && isPrivateAddress(host))
      return fail(`refused: ${host} is a private or local address`);

    const req = (target.protocol === "https:" ? https : http).request(target, {
      method: "POST",
      agent: agents[target.protocol],
      headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
      ...(options.allowPrivate ? {} : { lookup: guardedLookup }),
    });
    timer = setTimeout(() => {
      fail(`timed out after ${options.timeoutMs} ms`);
      req.destroy();
    }, options.timeoutMs);
    onAbort = () => {
      fail("aborted: the worker stopped");
      req.destroy();
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });

    req.on("error", (err: NodeJS.ErrnoException) => fail(err.code === "EPRIVATE" ? err.message : describe(err)));
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const snippet = printable(Buffer.concat(chunks).subarray(0, SNIPPET_BYTES).toString("utf8"));
        if (status >= 200 && status < 300) return finish({ ok: true, statusCode: status, snippet, error: null });
        if (status >= 300 && status < 400) {
          const location = typeof res.headers.location === "string" ? ` to ${res.headers.location.slice(0, 200)}` : "";
          return fail(`HTTP ${status}: redirect${location} not followed`, status, snippet);
        }
        fail(`HTTP ${status}`, status, snippet);
      };
      res.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        // A huge or endless body is not read: its start is all the log keeps.
        if (size > SNIPPET_BYTES) {
          done();
          res.destroy();
        }
      });
      res.on("end", done);
      res.on("error", () => done());
    });
    req.end(body);
  });
}

function describe(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case "ECONNREFUSED":
      return "connection refused";
    case "ECONNRESET":
      return "connection reset by the receiver";
    case "ENOTFOUND":
      return "the host could not be resolved";
    default:
      return err.code ? `${err.code}: ${err.message}` : err.message;
  }
}

/** Control characters and invalid bytes out, whitespace runs shortened. */
function printable(text: string): string | null {
  const cleaned = text.replace(/\uFFFD|[\u0000-\u0008\u000B-\u001F\u007F]/g, "").trim();
  return cleaned.length > 0 ? cleaned : null;
}
