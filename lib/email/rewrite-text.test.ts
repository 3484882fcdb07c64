import { describe, expect, it } from "vitest";
import { rewriteText } from "./rewrite-text";
import { testSigner } from "./test-signer";
import { rewriteOptionsSchema, type RewriteOptionsInput } from "./types";

const run = (text: string, input: RewriteOptionsInput = {}) => rewriteText(text, rewriteOptionsSchema.parse(input), testSigner);
const t = (url: string) => `https://t.example/l?u=${url}&s=&c=&t=`;

describe("rewriteText", () => {
  it.each([
    ["a bare URL", "Read https://e.com/a now", `Read ${t("https://e.com/a")} now`],
    ["http", "http://e.com/", t("http://e.com/")],
    ["a sentence's full stop", "See https://e.com/a.", `See ${t("https://e.com/a")}.`],
    ["a trailing comma and question mark", "https://e.com/a?, or", `${t("https://e.com/a")}?, or`],
    ["an unbalanced closing parenthesis", "(see https://e.com/a)", `(see ${t("https://e.com/a")})`],
    [
      "a balanced parenthesis in the URL",
      "https://en.wikipedia.org/wiki/Foo_(bar).",
      `${t("https://en.wikipedia.org/wiki/Foo_(bar)")}.`,
    ],
    ["angle brackets", "<https://e.com/a>", `<${t("https://e.com/a")}>`],
    ["quotes", `"https://e.com/a"`, `"${t("https://e.com/a")}"`],
    ["CRLF and non-ASCII", "Grüße:\r\nhttps://e.com/ä\r\n", `Grüße:\r\n${t("https://e.com/%C3%A4")}\r\n`],
    ["an IDN host", "https://bücher.example/", t("https://xn--bcher-kva.example/")],
    ["upper-case scheme", "HTTPS://E.COM/", t("https://e.com/")],
  ])("rewrites %s", (_, text, expected) => {
    expect(run(text).output).toBe(expected);
  });

  it("leaves text without URLs and non-http schemes alone", () => {
    const text = "Mail mailto:a@e.com or ftp://e.com/f, or www.e.com, or xhttps://e.com";
    expect(run(text)).toMatchObject({ output: text, report: [], edits: [] });
  });

  it("rewrites bare www. links only when asked", () => {
    expect(run("Go to www.e.com/a.").report).toEqual([]);
    const { output, report } = run("Go to www.e.com/a.", { prependHttpToWww: true });
    expect(output).toBe(`Go to ${t("http://www.e.com/a")}.`);
    expect(report).toEqual([{ original: "www.e.com/a", tracked: t("http://www.e.com/a"), tags: [] }]);
  });

  it.each([
    ["https://e.com/?u={{id}}", "template-variable"],
    ["https://e.com/?u=*|UNIQID|*", "template-variable"],
    ["https://e.com/%%id%%", "template-variable"],
    ["https://e.com/%zz", "malformed"],
    ["https://e.com:99999/", "malformed"],
  ])("skips %s", (url, reason) => {
    const text = `Link: ${url} end`;
    const { output, report } = run(text);
    expect(output).toBe(text);
    expect(report).toEqual([{ original: url, skipped: reason, tags: [] }]);
  });

  it("keeps a session template verbatim and reports every link in order", () => {
    const { output, report } = run("https://e.com/1 and https://e.com/1", { sessionTemplate: "{{session@id}}", tags: ["n"] });
    expect(output).toBe(
      "https://t.example/l?u=https://e.com/1&s={{session@id}}&c=&t=n and https://t.example/l?u=https://e.com/1&s={{session@id}}&c=&t=n",
    );
    expect(report).toHaveLength(2);
  });
});
