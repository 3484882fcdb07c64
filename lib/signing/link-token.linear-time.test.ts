import { randomBytes } from "node:crypto";
import { describe, it } from "vitest";
import { MAX_TARGET_LENGTH } from "@/lib/redirects/schema";
import { expectLinearTime } from "@/lib/testing/expect-linear-time";
import { encodeLinkToken, verifyLinkToken, type SigningKeyMaterial } from "./link-token";

/** server.ts's maxHeaderSize: no path is longer. */
const HEADER_CAP = 64 * 1024;
const key: SigningKeyMaterial = { version: 1, secret: randomBytes(32) };
const keys = (version: number) => (version === key.version ? key.secret : undefined);
const run = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe("link tokens verify in time linear in their length", { timeout: 60_000 }, () => {
  it.each([
    ["base64url text of a known key version", (size: number) => `EQE${run("A")(size - 3)}`],
    ["characters outside base64url", run("A=")],
    ["non-canonical base64url", run("AB")],
  ])("%s, up to the header cap", (_, token) => {
    expectLinearTime({ maxSize: HEADER_CAP, input: token, run: (t) => verifyLinkToken(t, keys) });
  });

  it("signed tokens with a target of up to the longest one", () => {
    const tags = Array.from({ length: 20 }, (_, i) => `${i}${"t".repeat(90)}`);
    expectLinearTime({
      maxSize: MAX_TARGET_LENGTH,
      input: (size) =>
        encodeLinkToken({ kind: "link", targetUrl: `https://e.com/${run("a%C3%A4")(size - 14)}`, tags, campaign: run("c")(Math.min(100, size)) }, key),
      run: (token) => verifyLinkToken(token, keys),
    });
  });
});
