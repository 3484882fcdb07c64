import { beforeAll, describe, expect, it } from "vitest";
import * as links from "../../app/api/v1/links/route";
import * as rewrite from "../../app/api/v1/rewrite/route";
import { MAX_BODY_CHARS } from "../../lib/email/body-limit";
import { verifyLink } from "../../lib/signing/verify-link";
import { apiKeyOf } from "../support/actors";
import { removeSigningKeysCreatedHere } from "../support/signing-key-cleanup";

let editorKey: string;
let viewerKey: string;

removeSigningKeysCreatedHere();

beforeAll(async () => {
  [editorKey, viewerKey] = await Promise.all([apiKeyOf("editor"), apiKeyOf("viewer")]);
});

const none = { params: Promise.resolve({}) } as never;
const ENDPOINTS = [
  { name: "rewrite", url: "http://localhost/api/v1/rewrite", POST: rewrite.POST, body: { html: "<p>hi</p>" } },
  { name: "links", url: "http://localhost/api/v1/links", POST: links.POST, body: { url: "https://example.com" } },
];

function post(url: string, key: string | null, body: unknown, headers: Record<string, string> = {}) {
  return new Request(url, {
    method: "POST",
    headers: { ...(key && { authorization: `Bearer ${key}` }), "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** A body streamed in 1 MiB chunks without a Content-Length, as a chunked upload arrives. */
function streamed(url: string, key: string, bytes: number) {
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const part = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
      sent += part.length;
      controller.enqueue(part);
    },
  });
  return new Request(url, {
    method: "POST",
    headers: { authorization: `Bearer ${key}` },
    body,
    duplex: "half",
  } as RequestInit);
}

async function tokenClaims(url: string) {
  const [token] = url.replace(/^http:\/\/localhost\/l\//, "").split("/");
  const result = await verifyLink({ kind: "link", token });
  if (!result.ok) throw new Error(result.reason);
  return result.claims;
}

describe("POST /api/v1/rewrite", () => {
  it("rewrites the HTML and text parts on the request's origin and reports links in document order", async () => {
    const html =
      '<a href="https://example.com/b">B</a><a href="tel:+1">T</a><a href="https://example.com/a" data-track-tags="x">A</a>';
    const res = await rewrite.POST(
      post("http://localhost/api/v1/rewrite", editorKey, {
        html,
        text: "Go to https://example.com/c now",
        sessionTemplate: "{{session@id}}",
        campaign: "api",
      }),
      none,
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.links.map((l: { original: string; skipped?: string }) => [l.original, l.skipped ?? null])).toEqual([
      ["https://example.com/b", null],
      ["tel:+1", "unsupported-scheme"],
      ["https://example.com/a", null],
      ["https://example.com/c", null],
    ]);
    const [b, , a, c] = body.links;
    expect(body.html).toBe(`<a href="${b.tracked}">B</a><a href="tel:+1">T</a><a href="${a.tracked}">A</a>`);
    expect(body.text).toBe(`Go to ${c.tracked} now`);
    expect(c.tracked).toMatch(/^http:\/\/localhost\/l\/[A-Za-z0-9_-]+\/\{\{session@id\}\}$/);
    expect(await tokenClaims(a.tracked)).toMatchObject({ targetUrl: "https://example.com/a", tags: ["x"], campaign: "api" });
    expect((await tokenClaims(c.tracked)).targetUrl).toBe("https://example.com/c");
  });

  it("answers 400 for invalid JSON and invalid fields", async () => {
    const url = "http://localhost/api/v1/rewrite";
    const broken = await rewrite.POST(post(url, editorKey, "{not json"), none);
    expect(broken.status).toBe(400);
    expect((await broken.json()).error.message).toBe("The request body is not valid JSON.");
    const bad = await rewrite.POST(post(url, editorKey, { html: 1, tags: "a" }), none);
    expect(bad.status).toBe(400);
    const { error } = await bad.json();
    expect(error.code).toBe("bad_request");
    expect(Object.keys(error.details).sort()).toEqual(["html", "tags"]);
    const badBytes = await rewrite.POST(post(url, editorKey, new Uint8Array([0x7b, 0xff, 0x7d]) as never), none);
    expect(badBytes.status).toBe(400);
  });
});

describe("POST /api/v1/links", () => {
  it("answers 200 with a signed link on the request's origin", async () => {
    const res = await links.POST(
      post("http://localhost/api/v1/links", editorKey, { url: "https://example.com/l", sessionId: "s-3", tags: ["t"] }),
      none,
    );
    expect(res.status).toBe(200);
    const { url } = await res.json();
    expect(await tokenClaims(url)).toMatchObject({ targetUrl: "https://example.com/l", sessionId: "s-3", tags: ["t"] });
  });

  it("builds links on the Host the request came in with, not the address Next listens on", async () => {
    // Under server.ts Next gives route handlers a URL on its listen address.
    const res = await links.POST(
      post(
        "http://0.0.0.0:3000/api/v1/links",
        editorKey,
        { url: "https://example.com/h" },
        { host: "links.example.com:8080", "x-forwarded-proto": "https" },
      ),
      none,
    );
    expect(res.status).toBe(200);
    expect((await res.json()).url).toMatch(/^https:\/\/links\.example\.com:8080\/l\//);
  });

  it("answers 404 for an unknown redirect ID and 400 for invalid fields", async () => {
    const url = "http://localhost/api/v1/links";
    const missing = await links.POST(post(url, editorKey, { url: "https://example.com", redirectId: "no-such-redirect" }), none);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toContain("no-such-redirect");
    const bad = await links.POST(post(url, editorKey, { url: "javascript:alert(1)" }), none);
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.details)).toEqual(["url"]);
  });
});

for (const { name, url, POST, body } of ENDPOINTS) {
  describe(`POST /api/v1/${name}`, () => {
    it("answers 401 without a valid key and 403 to a viewer", async () => {
      expect((await POST(post(url, null, body), none)).status).toBe(401);
      expect((await POST(post(url, "ct_notakey", body), none)).status).toBe(401);
      const forbidden = await POST(post(url, viewerKey, body), none);
      expect(forbidden.status).toBe(403);
      expect((await forbidden.json()).error.code).toBe("forbidden");
    });

    it("answers 413 when Content-Length announces more than 10 MB, before reading", async () => {
      const res = await POST(post(url, editorKey, body, { "content-length": String(MAX_BODY_CHARS + 1) }), none);
      expect(res.status).toBe(413);
      expect((await res.json()).error).toMatchObject({ code: "payload_too_large", message: expect.stringContaining("10 MB") });
    });

    it("answers 413 when an unannounced body grows past 10 MB, and accepts one at the limit", async () => {
      const over = streamed(url, editorKey, MAX_BODY_CHARS + 1);
      expect(over.headers.get("content-length")).toBeNull();
      expect((await POST(over, none)).status).toBe(413);
      // Exactly at the limit the body is read: whitespace only, so the answer is the JSON 400.
      const at = await POST(streamed(url, editorKey, MAX_BODY_CHARS), none);
      expect(at.status).toBe(400);
    });
  });
}
