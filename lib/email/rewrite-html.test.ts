import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { MAX_BODY_CHARS } from "./body-limit";
import { rewriteHtml } from "./rewrite-html";
import { testSigner } from "./test-signer";
import { rewriteOptionsSchema, type RewriteOptionsInput, type SkipReason } from "./types";

const opts = (input: RewriteOptionsInput = {}) => rewriteOptionsSchema.parse(input);
const run = (html: string, input: RewriteOptionsInput = {}) => rewriteHtml(html, opts(input), testSigner);
/** The tracked href as it must appear in the attribute: the test signer's URL, `&` escaped. */
const href = (url: string, tags = "") => `https://t.example/l?u=${url}&s=&c=&t=${tags}`.replaceAll("&", "&amp;");

describe("rewriteHtml: which links are tracked", () => {
  const tracked: [string, string, string][] = [
    ["http", `<a href="http://example.com/a">x</a>`, "http://example.com/a"],
    ["https", `<a href="https://example.com/a?b=1">x</a>`, "https://example.com/a?b=1"],
    ["scheme in upper case", `<a href="HTTPS://Example.COM/A">x</a>`, "https://example.com/A"],
    ["entity-encoded query", `<a href="https://example.com/?a=1&amp;b=2">x</a>`, "https://example.com/?a=1&b=2"],
    ["numeric entities", `<a href="https&#58;//example.com/&#x61;">x</a>`, "https://example.com/a"],
    ["legacy &copy= stays literal in attributes", `<a href="https://e.com/?a=1&copy=2">x</a>`, "https://e.com/?a=1&copy=2"],
    ["surrounding whitespace trimmed", `<a href="  https://example.com/ \n">x</a>`, "https://example.com/"],
    ["IDN host in punycode", `<a href="https://bücher.example/straße">x</a>`, "https://xn--bcher-kva.example/stra%C3%9Fe"],
    ["area", `<map><area shape="rect" href="https://example.com/m"></map>`, "https://example.com/m"],
    ["upper-case tag and attribute", `<A HREF="https://example.com/u">x</A>`, "https://example.com/u"],
    ["clicktracking=on is not an opt-out", `<a clicktracking="on" href="https://e.com/">x</a>`, "https://e.com/"],
    ["a nested anchor", `<a href="https://e.com/1"><a href="https://e.com/2">x</a></a>`, "https://e.com/1"],
  ];
  it.each(tracked)("%s", (_, html, url) => {
    const { report, output } = run(html);
    expect(report[0]).toMatchObject({ tracked: expect.stringContaining(`u=${url}&`) });
    expect(output).toContain(href(url));
  });

  const skipped: [string, string, SkipReason][] = [
    ["mailto:", `<a href="mailto:a@example.com">x</a>`, "unsupported-scheme"],
    ["tel:", `<a href="tel:+4912345">x</a>`, "unsupported-scheme"],
    ["sms:", `<a href="sms:+4912345">x</a>`, "unsupported-scheme"],
    ["ftp:", `<a href="ftp://example.com/f">x</a>`, "unsupported-scheme"],
    ["javascript:", `<a href="JavaScript:alert(1)">x</a>`, "unsupported-scheme"],
    ["data:", `<a href="data:text/html,hi">x</a>`, "unsupported-scheme"],
    ["fragment", `<a href="#top">x</a>`, "fragment"],
    ["relative path", `<a href="/pricing">x</a>`, "relative"],
    ["bare www without the option", `<a href="www.example.com">x</a>`, "relative"],
    ["empty href", `<a href="">x</a>`, "empty"],
    ["valueless href", `<a href>x</a>`, "empty"],
    ["{{…}} only", `<a href="{{ unsubscribe_url }}">x</a>`, "template-variable"],
    ["{{…}} inside", `<a href="https://e.com/?u={{user.id}}">x</a>`, "template-variable"],
    ["{%…%}", `<a href="{% url 'home' %}">x</a>`, "template-variable"],
    ["*|…|*", `<a href="*|ARCHIVE|*">x</a>`, "template-variable"],
    ["%%…%%", `<a href="https://e.com/%%view_id%%">x</a>`, "template-variable"],
    ["space in host", `<a href="https://exa mple.com/">x</a>`, "malformed"],
    ["no host", `<a href="https:///path">x</a>`, "malformed"],
    ["no slashes", `<a href="http:example.com">x</a>`, "malformed"],
    ["bad port", `<a href="https://example.com:99999/">x</a>`, "malformed"],
    ["bad percent-escape", `<a href="https://example.com/%zz">x</a>`, "malformed"],
    ["bad IPv6 host", `<a href="https://[::1/">x</a>`, "malformed"],
    ["control character", `<a href="https://exa\u0001mple.com/">x</a>`, "malformed"],
    ["encoded control character", `<a href="https://e.com/&#1;">x</a>`, "malformed"],
    ["tab inside a javascript: URL", `<a href="java\tscript:alert(1)">x</a>`, "malformed"],
    ["longer than a redirect target", `<a href="https://e.com/${"a".repeat(2100)}">x</a>`, "too-long"],
    ["data-no-track", `<a data-no-track href="https://e.com/">x</a>`, "opt-out"],
    ["data-as-no-track", `<a href="https://e.com/" data-as-no-track>x</a>`, "opt-out"],
    ["data-smtpd-no-track", `<a data-smtpd-no-track="" href="https://e.com/">x</a>`, "opt-out"],
    ["data-pm-no-track", `<a href="https://e.com/" data-pm-no-track="true">x</a>`, "opt-out"],
    ["clicktracking=off", `<a clicktracking=OFF href="https://e.com/">x</a>`, "opt-out"],
  ];
  it.each(skipped)("skips %s", (_, html, reason) => {
    const { report, output } = run(html);
    expect(report).toHaveLength(1);
    expect(report[0].skipped).toBe(reason);
    expect(report[0].tracked).toBeUndefined();
    expect(output).not.toContain("t.example");
  });

  it("prepends http:// to bare www. links when asked", () => {
    const { report, output } = run(`<a href="www.example.com/a">x</a>`, { prependHttpToWww: true });
    expect(report[0]).toMatchObject({ original: "www.example.com/a" });
    expect(output).toBe(`<a href="${href("http://www.example.com/a")}">x</a>`);
  });
});

describe("rewriteHtml: byte preservation", () => {
  const quoting: [string, string, string][] = [
    ["double quotes", `<a href="https://e.com/">x</a>`, `<a href="${href("https://e.com/")}">x</a>`],
    ["single quotes", `<a href='https://e.com/'>x</a>`, `<a href='${href("https://e.com/")}'>x</a>`],
    ["unquoted (gets quoted)", `<a href=https://e.com/>x</a>`, `<a href="${href("https://e.com/")}">x</a>`],
    ["spaces around =", `<a href = "https://e.com/" >x</a>`, `<a href = "${href("https://e.com/")}" >x</a>`],
    ["unquoted with spaces", `<a href =\thttps://e.com/ id=k>x</a>`, `<a href =\t"${href("https://e.com/")}" id=k>x</a>`],
    [
      "CRLF between attributes",
      `<a\r\n  class="b"\r\n  href="https://e.com/">x</a>\r\n`,
      `<a\r\n  class="b"\r\n  href="${href("https://e.com/")}">x</a>\r\n`,
    ],
  ];
  it.each(quoting)("%s", (_, html, expected) => {
    expect(run(html).output).toBe(expected);
  });

  it("keeps doctype, comments, conditional comments, non-ASCII text and odd markup", () => {
    const head = `\uFEFF<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\r\n<HTML><Head><!--[if mso]><xml><o:OfficeDocumentSettings/></xml><![endif]-->\r\n<STYLE>a[href="https://e.com/s"]{color:red}</STYLE></Head>\r\n<body>\t<p>Grüße — 東京 🎉 &nbsp;&amp;</p>\r\n<!--[if !mso]><!--><p>`;
    const tail = `>Ä</a></p><!--<![endif]-->\r\n</body></HTML>\r\n`;
    const { output, report } = run(`${head}<a href="https://e.com/x"${tail}`);
    expect(output).toBe(`${head}<a href="${href("https://e.com/x")}"${tail}`);
    expect(report).toHaveLength(1);
  });

  it("never touches links in comments, conditional comments, script, style, template or textarea", () => {
    const html = [
      `<!-- <a href="https://e.com/c">x</a> -->`,
      `<!--[if mso]><a href="https://e.com/mso">x</a><![endif]-->`,
      `<script>document.write('<a href="https://e.com/s">x</a>')</script>`,
      `<style>/* <a href="https://e.com/st"> */</style>`,
      `<template><a href="https://e.com/t" data-no-track>x</a><template><a href="https://e.com/t2">y</a></template></template>`,
      `<textarea><a href="https://e.com/ta"></textarea>`,
      `<TEMPLATE><area href="https://e.com/t3"></TEMPLATE>`,
      `<template><template></template><a href="https://e.com/after-inner">z</a></template>`,
    ].join("\n");
    const { output, report, edits } = run(html);
    expect(output).toBe(html);
    expect(report).toEqual([]);
    expect(edits).toEqual([]);
  });

  it("tracks links after a closed template", () => {
    const { report } = run(`<template><a href="https://e.com/t">x</a></template><a href="https://e.com/after">y</a>`);
    expect(report.map((r) => r.original)).toEqual(["https://e.com/after"]);
  });

  it("does not rewrite an unclosed tag at the end of input", () => {
    const html = `<p>hi</p><a href="https://e.com/a" class="x`;
    expect(run(html)).toMatchObject({ output: html, report: [] });
  });

  it("rewrites only the first of duplicate href attributes, as browsers use the first", () => {
    const { output, report } = run(`<a href="https://e.com/1" href="https://e.com/2">x</a>`);
    expect(output).toBe(`<a href="${href("https://e.com/1")}" href="https://e.com/2">x</a>`);
    expect(report).toHaveLength(1);
  });

  it("reports every occurrence of a repeated link, in document order", () => {
    const html = `<a href="https://e.com/a">1</a><a href="mailto:x@e.com">2</a><a href="https://e.com/a">3</a>`;
    const { report, output } = run(html);
    expect(report.map((r) => [r.original, r.skipped ?? "tracked"])).toEqual([
      ["https://e.com/a", "tracked"],
      ["mailto:x@e.com", "unsupported-scheme"],
      ["https://e.com/a", "tracked"],
    ]);
    expect(output.split(href("https://e.com/a"))).toHaveLength(3);
  });

  it("leaves a link unchanged when the signer returns its URL", () => {
    const html = `<a href="https://e.com/?a=1&amp;b=2">x</a>`;
    const same = { trackedUrl: ({ url }: { url: string }) => url, pixelUrl: () => "" };
    expect(rewriteHtml(html, opts(), same)).toMatchObject({ output: html, edits: [] });
  });
});

describe("rewriteHtml: opt-out and tag attributes", () => {
  it("removes opt-out attributes and their leading whitespace, keeping the link", () => {
    const html = `<a class="u"\n   data-no-track href="https://e.com/u" data-as-no-track="1" data-smtpd-no-track data-pm-no-track clicktracking='off'>u</a>`;
    expect(run(html).output).toBe(`<a class="u" href="https://e.com/u">u</a>`);
  });

  it("removes opt-out attributes on links that are skipped anyway", () => {
    expect(run(`<a href="mailto:a@e.com" data-no-track>m</a>`).output).toBe(`<a href="mailto:a@e.com">m</a>`);
  });

  it("adds data-track-tags and postbox:tags to the message's tags and removes them", () => {
    const html = `<a data-track-tags="product:book;genre:fiction;;bad<tag" href="https://e.com/b">b</a><a postbox:tags="type:new;" href="https://e.com/n">n</a>`;
    const { output, report } = run(html, { tags: ["newsletter"] });
    expect(report.map((r) => r.tags)).toEqual([
      ["newsletter", "product:book", "genre:fiction"],
      ["newsletter", "type:new"],
    ]);
    expect(output).toBe(
      `<a href="${href("https://e.com/b", "newsletter,product:book,genre:fiction")}">b</a><a href="${href("https://e.com/n", "newsletter,type:new")}">n</a>`,
    );
  });

  it("reports the tags of opted-out links too", () => {
    const { report } = run(`<a data-no-track data-track-tags="k:v" href="https://e.com/">x</a>`);
    expect(report[0]).toEqual({ original: "https://e.com/", skipped: "opt-out", tags: ["k:v"] });
  });
});

describe("rewriteHtml: sessions, campaign and the open pixel", () => {
  it("keeps a session template verbatim and escapes & for the attribute", () => {
    const { output, report } = run(`<a href="https://e.com/">x</a>`, { sessionTemplate: "{{session@id}}", campaign: "winter" });
    expect(report[0].tracked).toBe("https://t.example/l?u=https://e.com/&s={{session@id}}&c=winter&t=");
    expect(output).toBe(`<a href="https://t.example/l?u=https://e.com/&amp;s={{session@id}}&amp;c=winter&amp;t=">x</a>`);
  });

  it("passes a session ID to the signer", () => {
    expect(run(`<a href="https://e.com/">x</a>`, { sessionId: "s-1" }).report[0].tracked).toContain("&s=s-1&");
  });

  it("escapes quotes a signer might put into a URL", () => {
    const quoting = { trackedUrl: () => `https://t.example/?q="'<>`, pixelUrl: () => "" };
    expect(rewriteHtml(`<a href='https://e.com/'>x</a>`, opts(), quoting).output).toBe(
      `<a href='https://t.example/?q=&quot;&#39;&lt;&gt;'>x</a>`,
    );
  });

  const pixel = `<img src="https://t.example/o.gif?s={{session@id}}&amp;c=" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0">`;
  it("inserts the open pixel right before the last </body>, whatever its case", () => {
    const html = `<body><!-- </body> --><p>x</p></BODY ><script>"</body>"</script>`;
    const { output } = run(html, { trackOpens: true, sessionTemplate: "{{session@id}}" });
    expect(output).toBe(`<body><!-- </body> --><p>x</p>${pixel}</BODY ><script>"</body>"</script>`);
  });

  it("appends the open pixel when there is no </body>", () => {
    const { output, edits } = run(`<p>x</p>`, { trackOpens: true, sessionTemplate: "{{session@id}}" });
    expect(output).toBe(`<p>x</p>${pixel}`);
    expect(edits).toEqual([{ start: 8, end: 8, replacement: pixel }]);
  });

  it("adds no pixel unless asked", () => {
    expect(run(`<body></body>`).output).toBe(`<body></body>`);
  });
});

describe("rewriteHtml: bad input", () => {
  it("rejects bodies over 10 MB with a 400", () => {
    const error = (() => {
      try {
        run("x".repeat(MAX_BODY_CHARS + 1));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
  });

  it("handles a 10 MB body", () => {
    const chunk = `<p>${"Lorem ipsum dolor sit amet. ".repeat(40)}<a href="https://e.com/a">a</a></p>\n`;
    const html = chunk.repeat(Math.floor(MAX_BODY_CHARS / chunk.length));
    const { report } = run(html);
    expect(report.length).toBe(Math.floor(MAX_BODY_CHARS / chunk.length));
  });

  it.each([
    ["lone surrogates", `<a href="https://e.com/\uD800">\uDC00</a>`],
    ["unterminated comment", `<a href="https://e.com/">x</a><!-- <a href="https://e.com/2">`],
    ["stray < and quotes", `<<a href="https://e.com/"">>"'</a</b`],
    ["NUL bytes", `<a\u0000 href="https://e.com/\u0000">\u0000</a>`],
    ["an unterminated entity", `<a href="https://e.com/?a=1&amp">x</a>`],
    ["out-of-range and NUL character references", `<a href="https://e.com/&#x110000;&#0;&#xD800;">x</a>`],
  ])("does not throw on %s", (_, html) => {
    expect(() => run(html)).not.toThrow();
  });
});
