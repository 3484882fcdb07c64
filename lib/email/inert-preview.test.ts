import { describe, expect, it } from "vitest";
import { inertPreview, previewPolicy } from "./inert-preview";

const ORIGIN = "https://go.example.com";
const OFF = { remote: false };
const PREAMBLE_OFF =
  `<meta http-equiv="Content-Security-Policy" content="${previewPolicy(false)}">` +
  `<meta http-equiv="x-dns-prefetch-control" content="off">`;

describe("inertPreview", () => {
  it("replaces the open pixel and tracked links of this instance, and nothing else", () => {
    const html =
      `<a href="${ORIGIN}/l/AbC-_9/{{session@id}}">one</a> <a href='${ORIGIN}/l/xyz'>two</a>` +
      `<a href="mailto:a@example.com">mail</a><a href="https://example.org/l/keep">other site</a>` +
      `<img src="${ORIGIN}/o/Tok_1.gif" width="1">`;
    const out = inertPreview(html, `${ORIGIN}/`, OFF);
    expect(out).toBe(
      PREAMBLE_OFF +
        `<a href="#">one</a> <a href='#'>two</a>` +
        `<a href="mailto:a@example.com">mail</a><a href="https://example.org/l/keep">other site</a>` +
        `<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="1">`,
    );
  });

  it("treats the origin literally, not as a pattern", () => {
    const html = `<a href="https://goXexample.com/l/abc">lookalike</a>`;
    expect(inertPreview(html, ORIGIN, OFF)).toBe(PREAMBLE_OFF + html);
  });

  it("puts its policy first, after a leading doctype so the email keeps its rendering mode", () => {
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n<html><head><title>x</title></head><body>hi</body></html>`;
    const out = inertPreview(html, ORIGIN, OFF);
    expect(out.startsWith(`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">${PREAMBLE_OFF}\n<html>`)).toBe(true);
    // A doctype after content no longer counts: the policy still comes first.
    expect(inertPreview(`hi<!doctype html>`, ORIGIN, OFF).startsWith(PREAMBLE_OFF)).toBe(true);
  });

  it("allows nothing remote when off; images, styles and fonts when on; never scripts", () => {
    expect(previewPolicy(false)).toBe(
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'",
    );
    expect(previewPolicy(true)).toBe(
      "default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline' https: http:; font-src data: https: http:; base-uri 'none'; form-action 'none'",
    );
    expect(inertPreview("<p>x</p>", ORIGIN, { remote: true })).toContain(`content="${previewPolicy(true)}"`);
  });

  it("removes what no policy holds back: refresh, DNS prefetch control and non-stylesheet links", () => {
    const html =
      `<head><meta charset="utf-8"><meta http-equiv="Refresh" content="0;url=https://t.example/open">` +
      `<meta http-equiv="x-dns-prefetch-control" content="on"><meta http-equiv="&#114;efresh" content="0">` +
      `<link rel="preconnect" href="https://t.example"><link rel="dns-prefetch" href="//t.example">` +
      `<link rel="prefetch" href="https://t.example/a"><link rel="icon" href="https://t.example/i">` +
      `<link rel="stylesheet alternate" href="https://t.example/alt.css">` +
      `<link rel="stylesheet" href="https://fonts.example/css"><LINK REL=PRELOAD as=image href=https://t.example/p.png>` +
      `</head><body><p>Hello</p></body>`;
    expect(inertPreview(html, ORIGIN, OFF)).toBe(
      `${PREAMBLE_OFF}<head><meta charset="utf-8"><link rel="stylesheet" href="https://fonts.example/css"></head><body><p>Hello</p></body>`,
    );
  });

  it("keeps markup inside comments, scripts and styles as it is", () => {
    const html = `<!--<link rel="preconnect" href="https://t.example">--><style>a{}</style><p>x</p>`;
    expect(inertPreview(html, ORIGIN, OFF)).toBe(PREAMBLE_OFF + html);
  });
});
