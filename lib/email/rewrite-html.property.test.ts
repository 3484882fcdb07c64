import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits } from "./apply-edits";
import { escapeAttribute } from "./escape-attribute";
import { rewriteHtml } from "./rewrite-html";
import { rewriteText } from "./rewrite-text";
import { testSigner } from "./test-signer";
import { rewriteOptionsSchema, type LinkSigner } from "./types";

// Hrefs whose decoded value already is the WHATWG serialization, so an identity signer keeps them.
const normalizedHrefs = [
  "https://e.com/",
  "http://www.e.com/a?b=1&amp;c=2",
  "https://e.com/%C3%A4#frag",
  "https://xn--bcher-kva.example/",
  "mailto:a@e.com",
  "#top",
  "/relative",
  "{{ url }}",
  "https://e.com/?u=*|ID|*",
];
const anyHrefs = [
  ...normalizedHrefs,
  "HTTPS://E.COM",
  "https://bücher.example/straße",
  "www.e.com/w",
  "https://e.com/?a=1&copy=2",
  "https://e.com/\u0001",
  "  https://e.com/pad  ",
  "java\tscript:alert(1)",
  "https://exa mple.com/",
  "https://e.com/%zz",
  "&#104;ttps://e.com/&#x41;",
  'https://e.com/"quote',
  "https://e.com/'single",
  "",
];
const OPT_OUT = ["data-no-track", "data-as-no-track", "data-smtpd-no-track", "data-pm-no-track"];
const TAG_ATTRS = ["data-track-tags", "postbox:tags"];

const space = fc.constantFrom("", " ", "  ", "\t", "\r\n", "\n ");
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    "Grüße",
    "東京 🎉",
    "&amp;",
    "&nbsp;",
    "&#x41;",
    "&copy",
    "&",
    "a < b",
    "x > y",
    "\r\n",
    "https://text.example/",
  ),
);

function htmlArbitrary(hrefs: string[], extraAttributes: string[]) {
  const value = fc.oneof(fc.constantFrom(...hrefs), fc.string({ maxLength: 12 }));
  const attribute = fc
    .tuple(
      space.map((s) => s || " "),
      fc.constantFrom("href", "HREF", "Href", "class", "style", "target", "id", ...extraAttributes),
      space,
      space,
      fc.constantFrom("double", "single", "unquoted", "none"),
      value,
    )
    .map(([lead, name, before, after, quote, v]) => {
      if (quote === "none") return `${lead}${name}`;
      if (quote === "double") return `${lead}${name}${before}=${after}"${v.replaceAll('"', "&quot;")}"`;
      if (quote === "single") return `${lead}${name}${before}=${after}'${v.replaceAll("'", "&#39;")}'`;
      return `${lead}${name}${before}=${after}${v.replace(/[\s"'<>=`]/g, "") || "x"}`;
    });
  const tagName = fc.constantFrom("a", "A", "area", "AREA", "p", "div", "img", "td", "body", "BODY", "template", "svg");
  const openTag = fc
    .tuple(tagName, fc.array(attribute, { maxLength: 5 }), space, fc.boolean())
    .map(([name, attrs, s, selfClosing]) => `<${name}${attrs.join("")}${s}${selfClosing ? "/>" : ">"}`);
  const closeTag = tagName.map((name) => `</${name}>`);
  const { node } = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      text,
      openTag,
      closeTag,
      fc.constantFrom(
        "<!DOCTYPE html>",
        "<!-- c -->",
        '<!--[if mso]><a href="https://e.com/mso">m</a><![endif]-->',
        "<!--[if !mso]><!-->",
        "<!--<![endif]-->",
        "<!---->",
        "<!",
        "</",
        "<",
      ),
      fc
        .tuple(fc.constantFrom("script", "style", "SCRIPT"), fc.array(tie("node"), { maxLength: 3 }))
        .map(([t, body]) => `<${t}>${body.join("")}</${t}>`),
      fc
        .tuple(fc.constantFrom("template", "!--"), fc.array(tie("node"), { maxLength: 3 }))
        .map(([t, body]) =>
          t === "template" ? `<template>${body.join("")}</template>` : `<!--${body.join("").replaceAll("-->", "")}-->`,
        ),
    ),
  }));
  return fc.array(node, { maxLength: 25 }).map((nodes) => nodes.join(""));
}

const options = fc
  .record({
    trackOpens: fc.boolean(),
    prependHttpToWww: fc.boolean(),
    sessionTemplate: fc.constantFrom(undefined, "{{session@id}}"),
    tags: fc.constantFrom([], ["n"]),
  })
  .map((o) => rewriteOptionsSchema.parse(o));

const REMOVED_ATTRIBUTE = new RegExp(
  `^[\\t\\n\\f\\r ]*(${[...OPT_OUT, "clicktracking", ...TAG_ATTRS].join("|")})([\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*("[^"]*"|'[^']*'|[^\\t\\n\\f\\r >]*))?$`,
  "i",
);
const PIXEL = /^<img src="[^"]*" width="1" height="1" alt="" style="[^"]*">$/;

describe("rewriteHtml on random HTML", () => {
  it("never throws, and changes nothing but href values, removed attributes and the pixel", () => {
    fc.assert(
      fc.property(htmlArbitrary(anyHrefs, [...OPT_OUT, ...TAG_ATTRS, "clicktracking"]), options, (html, opts) => {
        const { output, edits, report } = rewriteHtml(html, opts, testSigner);
        expect(applyEdits(html, edits)).toBe(output);
        const trackedUrls = report.filter((r) => r.tracked && r.tracked !== r.original).map((r) => r.tracked!);
        let at = 0;
        let pixels = 0;
        for (const edit of edits) {
          expect(edit.start).toBeGreaterThanOrEqual(at);
          expect(edit.end).toBeLessThanOrEqual(html.length);
          at = edit.end;
          const replaced = html.slice(edit.start, edit.end);
          if (edit.replacement === "") {
            expect(replaced).toMatch(REMOVED_ATTRIBUTE);
          } else if (edit.start === edit.end && PIXEL.test(edit.replacement)) {
            pixels++;
          } else {
            // A value edit: the span is exactly one attribute value, after "=" and an opening quote if any.
            const before = html.slice(0, edit.start);
            const quoted = /=[\t\n\f\r ]*(["'])$/.exec(before);
            if (quoted) {
              expect(html[edit.end]).toBe(quoted[1]);
              expect(replaced).not.toContain(quoted[1]);
              expect(edit.replacement).toBe(escapeAttribute(trackedUrls.shift()!));
            } else {
              expect(before).toMatch(/=[\t\n\f\r ]*$/);
              expect(replaced).not.toMatch(/[\t\n\f\r >]/);
              expect(edit.replacement).toBe(`"${escapeAttribute(trackedUrls.shift()!)}"`);
            }
          }
        }
        expect(trackedUrls).toEqual([]);
        expect(pixels).toBe(opts.trackOpens ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it("is byte-identical when the signer returns each URL and nothing is removed", () => {
    const identity: LinkSigner = { trackedUrl: ({ url }) => url, pixelUrl: () => "" };
    fc.assert(
      fc.property(htmlArbitrary(normalizedHrefs, []), (html) => {
        const { output, edits } = rewriteHtml(html, rewriteOptionsSchema.parse({}), identity);
        expect(edits).toEqual([]);
        expect(output).toBe(html);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), options, (input, opts) => {
        const html = rewriteHtml(input, opts, testSigner);
        expect(applyEdits(input, html.edits)).toBe(html.output);
        const plain = rewriteText(input, opts, testSigner);
        expect(applyEdits(input, plain.edits)).toBe(plain.output);
      }),
      { numRuns: 2000 },
    );
  });
});
