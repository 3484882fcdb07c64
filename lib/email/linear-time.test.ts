import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { expectLinearTime, LINEAR_TIME_SUITE, repeatTo } from "../testing/expect-linear-time";
import { MAX_BODY_CHARS, MAX_LINKS } from "./body-limit";
import { classifyLink } from "./classify-link";
import { createLinkSigner } from "./create-link-signer";
import { decodeEmailBody } from "./decode-email-body";
import { linkBase } from "../http/link-base";
import { MAX_HEADER_BYTES } from "../http/max-header-bytes";
import { mergeLinkTags } from "./link-tags";
import { rewriteHtml } from "./rewrite-html";
import { rewriteText } from "./rewrite-text";
import { testSigner } from "./test-signer";
import { hasTemplateVariable, MAX_LINK_TAGS, rewriteOptionsSchema, type RewriteOptionsInput } from "./types";

const options = (input: RewriteOptionsInput = {}) => rewriteOptionsSchema.parse(input);

/*
 * Bounded work for any email (issue 13): every worst case at 1/4 of the 10 MB body limit and at
 * the limit, compared by ratio (lib/testing/expect-linear-time.ts).
 */
describe("rewriteText takes time in proportion to the text, up to 10 MB", LINEAR_TIME_SUITE, () => {
  it.each([
    // The case: a lazy template regex rescanned to the end from every "{{".
    ["a URL followed by a run of {{", repeatTo("https://e.com/", "{{")],
    // Trimming counted the brackets again for every closing bracket it looked at.
    ["a URL followed by a run of )", repeatTo("https://e.com/", ")")],
    ["a URL followed by punctuation and brackets", repeatTo("https://e.com/", ".)]};,")],
    ["a URL followed by a run of %", repeatTo("https://e.com/", "%")],
    ["a run of https:// prefixes", repeatTo("", "https://")],
  ])("%s", (_, input) => {
    const opts = options();
    expectLinearTime({ maxSize: MAX_BODY_CHARS, input, run: (text) => rewriteText(text, opts, testSigner) });
  });

  it("a run of www. prefixes, with bare www. links on", () => {
    const opts = options({ prependHttpToWww: true });
    expectLinearTime({
      maxSize: MAX_BODY_CHARS,
      input: repeatTo("", "www."),
      run: (text) => rewriteText(text, opts, testSigner),
    });
  });
});

describe("rewriteHtml takes time in proportion to the HTML, up to 10 MB", LINEAR_TIME_SUITE, () => {
  it.each([
    ["an href of {{", repeatTo('<a href="https://e.com/', "{{", '">')],
    ["an href of &# entities", repeatTo('<a href="', "&#x61;", '">')],
    ["an href of &amp", repeatTo('<a href="https://e.com/?', "&amp", '">')],
    ["text of &# entities", repeatTo("<p>", "&#")],
    ["an href of spaces", repeatTo('<a href="', " ", 'https://e.com/">')],
    ["attribute soup", repeatTo("<a ", "a ", "href=https://e.com/>")],
    // push(...edits) overflowed the stack here: a 500, not a 400.
    ["repeated opt-out attributes", repeatTo("<a ", "data-no-track ", "href=https://e.com/>")],
    ["repeated hrefs", repeatTo("<a ", "href=https://e.com/ ", ">")],
    ["a tag list of invalid tags", repeatTo('<a href=https://e.com/ data-track-tags="', "!;", '">')],
    ["spaces before an opt-out attribute", repeatTo("<a", " ", " data-no-track href=https://e.com/>")],
    ["a run of <", repeatTo("", "<")],
    ["nested templates", repeatTo("", "<template>", '<a href="https://e.com/">')],
  ])("%s", (_, input) => {
    const opts = options();
    expectLinearTime({ maxSize: MAX_BODY_CHARS, input, run: (html) => rewriteHtml(html, opts, testSigner) });
  });

  it("a run of </body> with the open pixel", () => {
    const opts = options({ trackOpens: true });
    expectLinearTime({
      maxSize: MAX_BODY_CHARS,
      input: repeatTo("", "</body>"),
      run: (html) => rewriteHtml(html, opts, testSigner),
    });
  });
});

describe("a part with more links than MAX_LINKS", LINEAR_TIME_SUITE, () => {
  const opts = options();

  it("is refused with a 400 naming the part, after at most MAX_LINKS + 1 links", () => {
    const links = (n: number) => '<a href="https://e.com/">x</a>'.repeat(n);
    expect(rewriteHtml(links(MAX_LINKS), opts, testSigner).report).toHaveLength(MAX_LINKS);
    let signed = 0;
    const counting = {
      ...testSigner,
      trackedUrl: (l: Parameters<typeof testSigner.trackedUrl>[0]) => (signed++, testSigner.trackedUrl(l)),
    };
    const err = catchError(() => rewriteHtml(links(MAX_LINKS + 1), opts, counting));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: "bad_request", details: { html: ["must have at most 10,000 links"] } });
    expect(signed).toBe(MAX_LINKS);

    expect(rewriteText("https://e.com/ ".repeat(MAX_LINKS), opts, testSigner).report).toHaveLength(MAX_LINKS);
    expect(catchError(() => rewriteText("https://e.com/ ".repeat(MAX_LINKS + 1), opts, testSigner))).toMatchObject({
      code: "bad_request",
      details: { text: ["must have at most 10,000 links"] },
    });
  });

  it("costs no more at 10 MB than just over the limit", () => {
    for (const [run, unit] of [
      [(s: string) => rewriteHtml(s, opts, testSigner), '<a href="https://e.com/">'],
      [(s: string) => rewriteText(s, opts, testSigner), "https://e.com/ "],
    ] as const) {
      const timings = expectLinearTime({
        maxSize: MAX_BODY_CHARS,
        // From 640 KB: every size is over the limit.
        steps: 2,
        input: repeatTo("", unit),
        run: (s) => expect(() => run(s)).toThrow(AppError),
      });
      expect(timings.at(-1)!.ms / timings.at(-2)!.ms).toBeLessThan(2);
    }
  });
});

describe("the pieces, each at 10 MB", LINEAR_TIME_SUITE, () => {
  it.each(["{{", "{%", "*|", "%%"])("hasTemplateVariable on a run of %s without its closing mark", (open) => {
    const unit = open === "%%" ? "%a" : open;
    expectLinearTime({ maxSize: MAX_BODY_CHARS, input: repeatTo("", unit), run: hasTemplateVariable });
  });

  it("classifyLink on an href of {{", () => {
    expectLinearTime({
      maxSize: MAX_BODY_CHARS,
      input: repeatTo("https://e.com/", "{{"),
      run: (href) => classifyLink(href, true),
    });
  });

  it("mergeLinkTags reads the first MAX_LINK_TAGS entries of a tag list, however long", () => {
    expect(mergeLinkTags([], Array.from({ length: 30 }, (_, i) => `t${i}`).join(";"))).toHaveLength(MAX_LINK_TAGS);
    expect(mergeLinkTags([], `${"!;".repeat(MAX_LINK_TAGS)}late`)).toEqual([]);
    // A ZodError per invalid entry made 10 MB of them cost 14 s.
    const timings = expectLinearTime({
      maxSize: MAX_BODY_CHARS,
      input: repeatTo("", "!;"),
      run: (list) => mergeLinkTags(["a"], list),
    });
    expect(timings.at(-1)!.ms / timings.at(-2)!.ms).toBeLessThan(2);
  });

  it.each([
    ["multi-byte characters", (size: number) => Buffer.from(repeatTo("", "ж")(size / 2))],
    [
      "an invalid byte at the end",
      (size: number) => Buffer.concat([Buffer.from(repeatTo("", "ж")(size / 2 - 1)), Buffer.from([0xff])]),
    ],
  ])("decodeEmailBody on %s", (_, bytes) => {
    expectLinearTime({ maxSize: MAX_BODY_CHARS, input: bytes, run: decodeOrRefuse });
  });

  it.each([
    ["sessionTemplate", repeatTo("", "{{")],
    ["campaign", repeatTo("", "a")],
    ["tags", (size: number) => Array.from({ length: Math.max(1, size / 4) }, () => "!")],
  ])("rewriteOptionsSchema with a 10 MB %s", (field, value) => {
    expectLinearTime({
      maxSize: MAX_BODY_CHARS,
      input: (size) => ({ [field]: value(size) }),
      run: (o) => rewriteOptionsSchema.safeParse(o),
    });
  });
});

describe("the origin of signed links (a Host header of up to 64 KB)", LINEAR_TIME_SUITE, () => {
  it("loses its trailing slashes in time linear in its length", () => {
    const key = { version: 1, secret: Buffer.alloc(32, 1) };
    for (const input of [repeatTo("http://a", "/", "b"), repeatTo("http://a", "/")]) {
      expectLinearTime({
        maxSize: MAX_HEADER_BYTES,
        input,
        run: (origin) => createLinkSigner(key, origin).pixelUrl({ campaign: null, session: { kind: "none" }, tags: [] }),
      });
    }
    expect(linkBase("https://e.com///")).toBe("https://e.com");
    expect(linkBase("https://e.com/a//b/")).toBe("https://e.com/a//b");
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error("expected an error");
}

/** The text, or null for the 400 of invalid UTF-8; anything else thrown fails the test. */
function decodeOrRefuse(bytes: Uint8Array): string | null {
  try {
    return decodeEmailBody(bytes);
  } catch (err) {
    if (err instanceof AppError) return null;
    throw err;
  }
}
