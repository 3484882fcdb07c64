import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_HEADER } from "./peer-header";
import { createNextProxy } from "./proxy-to-next";

interface Seen {
  method?: string;
  url?: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const socketPath = path.join(os.tmpdir(), `clicktrail-proxy-test-${process.pid}.sock`);
let seen: Seen = { headers: {}, body: "" };
/** Lets /stream finish: called once the client has read its first part. */
let readFirstPart = () => {};
let upstream: http.Server;
let front: http.Server;
let base: string;

// Stands in for Next's thread: records what arrives, answers per path.
function answer(req: http.IncomingMessage, res: http.ServerResponse, body: string) {
  seen = { method: req.method, url: req.url, headers: req.headers, body };
  if (req.url === "/cookies") {
    res.writeHead(303, [
      "Set-Cookie",
      "a=1; Path=/",
      "Set-Cookie",
      "b=2; Path=/",
      "Location",
      "/next",
      "Connection",
      "close",
      "Keep-Alive",
      "timeout=5",
    ]);
    res.end();
  } else if (req.url === "/stream") {
    res.writeHead(200, { "content-type": "text/plain" });
    res.write("first ");
    // The rest waits for the client to read the start: a proxy that buffered would never pass it.
    new Promise<void>((resolve) => (readFirstPart = resolve)).then(() => res.end("second"));
  } else {
    res.writeHead(200, { "content-type": "text/plain" });
    res.end(`echo:${body}`);
  }
}

beforeAll(async () => {
  fs.rmSync(socketPath, { force: true });
  upstream = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => answer(req, res, body));
  });
  await new Promise<void>((r) => upstream.listen(socketPath, r));
  const proxy = createNextProxy(socketPath);
  front = http.createServer((req, res) => proxy(req, res));
  await new Promise<void>((r) => front.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
});

afterAll(async () => {
  front.closeAllConnections();
  await new Promise((r) => front.close(r));
  upstream.closeAllConnections();
  await new Promise((r) => upstream.close(r));
});

describe("the proxy to Next's thread", () => {
  it("passes method, path, query and body, and answers with the upstream's status and body", async () => {
    const res = await fetch(`${base}/api/v1/redirects?page=2`, {
      method: "POST",
      body: '{"name":"x"}',
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('echo:{"name":"x"}');
    expect(seen).toMatchObject({ method: "POST", url: "/api/v1/redirects?page=2", body: '{"name":"x"}' });
    expect(seen.headers["content-type"]).toBe("application/json");
  });

  it("sets the peer address header itself, whatever the client sent under that name", async () => {
    await fetch(`${base}/x`, { headers: { [PEER_HEADER]: "6.6.6.6" } });
    expect(seen.headers[PEER_HEADER]).toBe("127.0.0.1");
  });

  it("keeps repeated response headers and drops connection-level ones both ways", async () => {
    const res = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${base}/cookies`, { headers: { connection: "keep-alive, x-hop", "x-hop": "1", "x-kept": "2" } }, resolve),
    );
    res.resume();
    expect(res.statusCode).toBe(303);
    expect(res.headers["set-cookie"]).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(res.headers.location).toBe("/next");
    // Next's "Connection: close" is about the socket to it, not the client's.
    expect(res.headers.connection).toBe("keep-alive");
    expect(seen.headers["x-hop"]).toBeUndefined();
    expect(seen.headers["x-kept"]).toBe("2");
  });

  it("streams the answer as it comes", async () => {
    const res = await fetch(`${base}/stream`);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      text += part.value;
      if (text === "first ") readFirstPart();
    }
    expect(text).toBe("first second");
  });

  it("answers 502 when Next's thread is not there", async () => {
    const proxy = createNextProxy(path.join(os.tmpdir(), "clicktrail-no-such.sock"));
    const lonely = http.createServer((req, res) => proxy(req, res));
    await new Promise<void>((r) => lonely.listen(0, "127.0.0.1", r));
    const res = await fetch(`http://127.0.0.1:${(lonely.address() as AddressInfo).port}/login`);
    expect(res.status).toBe(502);
    await res.text();
    lonely.closeAllConnections();
    await new Promise((r) => lonely.close(r));
  });
});
