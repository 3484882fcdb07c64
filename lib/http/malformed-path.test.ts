import { describe, expect, it } from "vitest";
import { expectLinearTime, repeatTo } from "../testing/expect-linear-time";
import { MAX_HEADER_BYTES } from "./max-header-bytes";
import { hasMalformedEscapes } from "./malformed-path";

describe("hasMalformedEscapes", () => {
  it.each(["/redirects/%ZZ", "/api/v1/redirects/%FF", "/redirects/%E0%A4%A", "/x/%", "/x/%4"])("refuses %s", (url) => {
    expect(hasMalformedEscapes(url)).toBe(true);
  });

  it.each(["/", "/redirects/promo", "/redirects/%D0%B6", "/clicks?x=%ZZ", "/api/v1/sessions/user%3A42"])(
    "lets %s through",
    (url) => {
      expect(hasMalformedEscapes(url)).toBe(false);
    },
  );

  it("reads a path of escapes in linear time", () => {
    expectLinearTime({ maxSize: MAX_HEADER_BYTES, input: repeatTo("/redirects/", "%D0%B6"), run: hasMalformedEscapes });
  });
});
