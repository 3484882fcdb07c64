import { describe, expect, it } from "vitest";
import { plainText } from "./plain-text";

const messages = (schema: ReturnType<typeof plainText>, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("plainText", () => {
  const line = plainText(20);
  const lines = plainText(20, { multiline: true });

  it("trims and accepts letters of any script, emoji included", () => {
    expect(line.parse("  Grüße, 東京 😀 ")).toBe("Grüße, 東京 😀");
  });

  it.each(["a\u0000b", "a\u0001", "a\u001fb", "a\u007fb", "a\u0085b", "a\tb", "a\nb"])(
    "refuses the control character in %j on one line",
    (v) => {
      expect(messages(line, v)).toEqual(["must not contain control characters"]);
    },
  );

  it("lets tabs and line breaks through where several lines are allowed, but not NUL", () => {
    expect(lines.parse("one\r\ntwo\tthree")).toBe("one\r\ntwo\tthree");
    expect(messages(lines, "a\u0000b")).toEqual(["must not contain control characters (tabs and line breaks are fine)"]);
  });

  it("refuses unpaired surrogates", () => {
    expect(messages(line, "a\ud800b")).toEqual(["must be valid Unicode text (it holds an unpaired surrogate)"]);
    expect(messages(line, "a\udc00")).toHaveLength(1);
  });

  it("caps the length before looking at the characters", () => {
    expect(messages(line, `${"\u0000".repeat(30)}x`)).toEqual(["must be at most 20 characters"]);
    expect(messages(line, 5)).toEqual(["must be a string"]);
  });
});
