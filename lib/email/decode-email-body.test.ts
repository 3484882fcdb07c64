import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { MAX_BODY_CHARS } from "./body-limit";
import { decodeEmailBody } from "./decode-email-body";

describe("decodeEmailBody", () => {
  it("decodes UTF-8 and keeps a byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("<p>Grüße</p>")]);
    expect(decodeEmailBody(bytes)).toBe("\uFEFF<p>Grüße</p>");
  });

  it.each([
    ["a lone continuation byte", [0x3c, 0x80, 0x3e]],
    ["a truncated sequence", [0x61, 0xe2, 0x82]],
    ["an overlong encoding", [0xc0, 0xaf]],
    ["Latin-1 text", [0x47, 0x72, 0xfc, 0xdf, 0x65]],
  ])("rejects %s with a 400", (_, bytes) => {
    expect(() => decodeEmailBody(new Uint8Array(bytes))).toThrow(AppError);
    expect(() => decodeEmailBody(new Uint8Array(bytes))).toThrow(/not valid UTF-8/);
  });

  it("rejects bodies over 10 MB", () => {
    expect(() => decodeEmailBody(new Uint8Array(MAX_BODY_CHARS + 1))).toThrow(/larger than 10 MB/);
  });
});
