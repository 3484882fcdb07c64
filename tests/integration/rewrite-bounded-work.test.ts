import { beforeAll, describe, expect, it } from "vitest";
import * as rewrite from "../../app/api/v1/rewrite/route";
import { MAX_LINKS } from "../../lib/email/body-limit";
import { apiKeyOf } from "../support/actors";
import { removeSigningKeysCreatedHere } from "../support/signing-key-cleanup";

/** POST /api/v1/rewrite with the inputs that stalled the server or answered 500 (issue 13). */

let editorKey: string;
removeSigningKeysCreatedHere();
beforeAll(async () => {
  editorKey = await apiKeyOf("editor");
});

const none = { params: Promise.resolve({}) } as never;

function post(body: unknown, headers: Record<string, string> = {}) {
  return rewrite.POST(
    new Request("http://localhost/api/v1/rewrite", {
      method: "POST",
      headers: { authorization: `Bearer ${editorKey}`, "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    }),
    none,
  );
}

describe("POST /api/v1/rewrite with hostile input", () => {
  it("reports the issue's URL followed by 160,000 {{ as too long (no closing }}, so no template)", async () => {
    const text = `https://e.com/${"{{".repeat(160_000)}`;
    const res = await post({ html: "<p>x</p>", text });
    expect(res.status).toBe(200);
    expect((await res.json()).links).toEqual([{ original: text, skipped: "too-long", tags: [] }]);
  });

  it("tracks a URL followed by a run of unbalanced ) without them", async () => {
    const res = await post({ html: "<p>x</p>", text: `(see https://e.com/a${")".repeat(100_000)}` });
    expect(res.status).toBe(200);
    const { links } = await res.json();
    expect(links).toHaveLength(1);
    expect(links[0].original).toBe("https://e.com/a");
  });

  it("removes 100,000 opt-out attributes from a link (a 500 before: the call stack overflowed)", async () => {
    const res = await post({ html: `<a ${"data-no-track ".repeat(100_000)}href="https://e.com/">x</a>` });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.html).toBe('<a href="https://e.com/">x</a>');
    expect(body.links).toEqual([{ original: "https://e.com/", skipped: "opt-out", tags: [] }]);
  });

  it.each([
    ["html", { html: '<a href="https://e.com/">x</a>'.repeat(MAX_LINKS + 1) }, "The HTML part has more than 10,000 links."],
    ["text", { html: "", text: "https://e.com/ ".repeat(MAX_LINKS + 1) }, "The text part has more than 10,000 links."],
  ])("answers 400 naming the %s part when it has more than MAX_LINKS links", async (part, body, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: "bad_request", message, details: { [part]: ["must have at most 10,000 links"] } },
    });
  });

  it("builds no link on a Host header of slashes, and answers at once", async () => {
    const res = await post({ html: '<a href="https://e.com/">x</a>' }, { host: `links.example${"/".repeat(20_000)}` });
    expect(res.status).toBe(200);
    const { links } = await res.json();
    // Not a host name: links are built on the request's own origin instead (publicOriginOf).
    expect(links[0].tracked).toMatch(/^http:\/\/localhost\/l\//);
  });
});
