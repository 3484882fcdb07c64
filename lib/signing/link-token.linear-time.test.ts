import { randomBytes } from "node:crypto";
import { describe, it } from "vitest";
import { MAX_TARGET_LENGTH } from "../redirects/schema";
import { MAX_HEADER_BYTES } from "../http/max-header-bytes";
import { expectLinearTime, LINEAR_TIME_SUITE, repeatTo } from "../testing/expect-linear-time";
import { encodeLinkToken, verifyLinkToken, type SigningKeyMaterial } from "./link-token";

const key: SigningKeyMaterial = { version: 1, secret: randomBytes(32) };
const keys = (version: number) => (version === key.version ? key.secret : undefined);

describe("link tokens verify in time linear in their length", LINEAR_TIME_SUITE, () => {
  it.each([
    ["base64url text of a known key version", (size: number) => `EQE${repeatTo("", "A")(size - 3)}`],
    ["characters outside base64url", repeatTo("", "A=")],
    ["non-canonical base64url", repeatTo("", "AB")],
  ])("%s, up to the header cap", (_, token) => {
    expectLinearTime({ maxSize: MAX_HEADER_BYTES, input: token, run: (t) => verifyLinkToken(t, keys) });
  });

  it("signed tokens with a target of up to the longest one", () => {
    const tags = Array.from({ length: 20 }, (_, i) => `${i}${"t".repeat(90)}`);
    expectLinearTime({
      maxSize: MAX_TARGET_LENGTH,
      input: (size) =>
        encodeLinkToken(
          {
            kind: "link",
            targetUrl: `https://e.com/${repeatTo("", "a%C3%A4")(size - 14)}`,
            tags,
            campaign: repeatTo("", "c")(Math.min(100, size)),
          },
          key,
        ),
      run: (token) => verifyLinkToken(token, keys),
    });
  });
});
