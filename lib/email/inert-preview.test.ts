import { describe, expect, it } from "vitest";
import { inertPreview } from "./inert-preview";

const ORIGIN = "https://go.example.com";

describe("inertPreview", () => {
  it("replaces the open pixel and tracked links of this instance, and nothing else", () => {
    const html =
      `<a href="${ORIGIN}/l/AbC-_9/{{session@id}}">one</a> <a href='${ORIGIN}/l/xyz'>two</a>` +
      `<a href="mailto:a@example.com">mail</a><a href="https://example.org/l/keep">other site</a>` +
      `<img src="${ORIGIN}/o/Tok_1.gif" width="1">`;
    const out = inertPreview(html, `${ORIGIN}/`);
    expect(out).toBe(
      `<a href="#">one</a> <a href='#'>two</a>` +
        `<a href="mailto:a@example.com">mail</a><a href="https://example.org/l/keep">other site</a>` +
        `<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="1">`,
    );
  });

  it("treats the origin literally, not as a pattern", () => {
    const html = `<a href="https://goXexample.com/l/abc">lookalike</a>`;
    expect(inertPreview(html, ORIGIN)).toBe(html);
  });
});
