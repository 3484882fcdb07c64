import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { installThreadParts } from "../threads/thread-parts";
import { openSecret, sealSecret } from "./key-encryption";

installThreadParts({ authSecret: () => "a-test-secret-of-at-least-32-characters" });

describe("signing key encryption", () => {
  it("opens what it sealed, and the sealed bytes do not contain the secret", () => {
    const secret = randomBytes(32);
    const sealed = sealSecret(4, secret);
    expect(Buffer.from(sealed).includes(secret)).toBe(false);
    expect(openSecret(4, sealed).equals(secret)).toBe(true);
  });

  it("refuses an altered secret or one moved to another version", () => {
    const sealed = sealSecret(4, randomBytes(32));
    expect(() => openSecret(5, sealed)).toThrow();
    const altered = Buffer.from(sealed);
    altered[20] ^= 1;
    expect(() => openSecret(4, altered)).toThrow();
  });
});
