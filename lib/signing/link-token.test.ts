import { createHmac, randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { readString, writeString } from "./packed-string";
import { MAC_BYTES, encodeLinkToken, verifyLinkToken, type SigningKeyMaterial } from "./link-token";

const key: SigningKeyMaterial = { version: 3, secret: randomBytes(32) };
const keys =
  (k: SigningKeyMaterial = key) =>
  (v: number) =>
    v === k.version ? k.secret : undefined;
const NOW = new Date("2026-11-26T12:34:56Z");
const TYPICAL = {
  kind: "link" as const,
  targetUrl: "https://www.example.com/products/spring-sale?utm_source=email", // 60 characters
  redirectId: "aB3xK9q",
  tags: ["newsletter", "spring"],
  campaign: "spring-2026",
};

/** Re-signs a hand-made payload, to reach the checks that run after the signature. */
function signRaw(payload: number[], k = key): string {
  const p = Uint8Array.from(payload);
  const mac = createHmac("sha256", k.secret).update(p).digest().subarray(0, MAC_BYTES);
  return Buffer.concat([p, mac]).toString("base64url");
}

describe("link token", () => {
  it("round-trips every combination of optional fields, for links and pixels", () => {
    const options = [
      { redirectId: "r-1" },
      { sessionId: "s.42:x" },
      { campaign: "Été 2026" },
      { tags: ["a", "utm:spring sale", "ünïcode", "k=v&x"] },
    ];
    for (const kind of ["link", "pixel"] as const) {
      for (let mask = 0; mask < 16; mask++) {
        const chosen = Object.assign({}, ...options.filter((_, i) => mask & (1 << i)));
        const input = kind === "link" ? { kind, targetUrl: "https://Example.COM/päth?q=1#f", ...chosen } : { kind, ...chosen };
        const result = verifyLinkToken(encodeLinkToken(input, key, NOW), keys());
        expect(result).toEqual({
          ok: true,
          claims: {
            kind,
            keyVersion: 3,
            issuedAt: new Date("2026-11-26T12:34:00Z"),
            redirectId: null,
            sessionId: null,
            campaign: null,
            tags: [],
            // Signed as it is served: normalised (lib/redirects/target-url.ts).
            ...(kind === "link" ? { targetUrl: "https://example.com/p%C3%A4th?q=1#f" } : {}),
            ...chosen,
          },
        });
      }
    }
  });

  it("round-trips every field at its maximum length", () => {
    const input = {
      kind: "link" as const,
      targetUrl: `https://example.com/${"x".repeat(2048 - 20)}`,
      redirectId: "R".repeat(64),
      sessionId: "s".repeat(128),
      tags: Array.from({ length: 20 }, (_, i) => `${i}`.padStart(100, "T")),
      campaign: "C".repeat(100),
    };
    const result = verifyLinkToken(encodeLinkToken(input, key, NOW), keys());
    expect(result.ok && result.claims).toMatchObject(input);
  });

  it("keeps a typical email link within 140 characters", () => {
    const token = encodeLinkToken(TYPICAL, key, NOW);
    console.log(`typical signed link token: ${token.length} characters (${token})`);
    expect(token.length).toBeLessThanOrEqual(140);
    expect(encodeLinkToken({ kind: "pixel", redirectId: "aB3xK9q", sessionId: "s-123" }, key, NOW).length).toBeLessThanOrEqual(
      50,
    );
  });

  it("rejects every single-bit flip, every truncation and any trailing bytes", () => {
    const token = encodeLinkToken({ ...TYPICAL, sessionId: "s-1" }, key, NOW);
    const bytes = Buffer.from(token, "base64url");
    for (let i = 0; i < bytes.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const copy = Buffer.from(bytes);
        copy[i] ^= 1 << bit;
        expect(verifyLinkToken(copy.toString("base64url"), keys()).ok, `byte ${i} bit ${bit}`).toBe(false);
      }
    }
    for (let n = 0; n < bytes.length; n++) {
      expect(verifyLinkToken(bytes.subarray(0, n).toString("base64url"), keys()).ok).toBe(false);
      expect(verifyLinkToken(token.slice(0, n), keys()).ok).toBe(false);
    }
    expect(verifyLinkToken(Buffer.concat([bytes, Buffer.from([0])]).toString("base64url"), keys()).ok).toBe(false);
    expect(verifyLinkToken(token + "A", keys()).ok).toBe(false);
  });

  it("rejects non-canonical or non-base64url spellings", () => {
    const token = encodeLinkToken(TYPICAL, key, NOW);
    for (const bad of ["", "!!!!", token + "=", token.replace(/^./, "+"), ` ${token}`, "A".repeat(10_000)]) {
      expect(verifyLinkToken(bad, keys()).ok).toBe(false);
    }
  });

  it("refuses an unknown key version and a token signed with another key", () => {
    const token = encodeLinkToken(TYPICAL, key, NOW);
    expect(verifyLinkToken(token, () => undefined)).toEqual({ ok: false, reason: "unknown-key" });
    const other = { version: 3, secret: randomBytes(32) };
    expect(verifyLinkToken(token, keys(other))).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("refuses a correctly signed token whose target is not a safe http(s) URL", () => {
    for (const target of [
      "javascript:alert(1)",
      "//evil.example",
      "https://a.example/\u0000x",
      "ftp://a.example/",
      "https:///nohost",
      "https://\\evil.example/",
      "https://a.example/ x",
    ]) {
      const url = Buffer.from(target, "utf8");
      const payload = [0x11, 3, 1, 0, 4, url.length * 2, ...url, 0]; // prefix 4: none
      expect(verifyLinkToken(signRaw(payload), keys())).toEqual({ ok: false, reason: "invalid-target" });
    }
  });

  it("refuses correctly signed payloads with malformed varints, flags or over-long fields", () => {
    // Flags byte: 1 = redirect ID, 2 = session ID, 4 = campaign.
    const cases: number[][] = [
      [0x13, 3, 1, 0, 0], // unknown type byte
      [0x12, 3, 0x81, 0x00, 0, 0], // non-minimal varint
      [0x12, 3, 0xff, 0xff, 0xff, 0xff, 0x01, 0, 0], // varint longer than 4 bytes
      [0x12, 3, 1, 0x08, 0], // unknown flag
      [0x12, 3, 1, 0, 21, ...Array(21).fill([2, 0x61]).flat()], // 21 tags
      [0x12, 3, 1, 0, 1, 0xca, 0x01, ...Array(101).fill(0x61)], // 101-character tag
      [0x12, 3, 1, 0, 1, 3 * 2, 0x61, 0x07, 0x62], // tag with a control character
      [0x12, 3, 1, 0, 1, 2 * 2, 0x61, 0x20], // tag with trailing space
      [0x12, 3, 1, 1, 0x82, 0x01, ...Array(65).fill(0x61), 0], // 65-character redirect ID
      [0x12, 3, 1, 1, 2 * 3, 0x61, 0x20, 0x62, 0], // redirect ID with a space
      [0x12, 3, 1, 0, 1, 2 * 2, 0xc3, 0x28], // invalid UTF-8 tag
      [0x12, 3, 1, 0, 2, 2, 0x61, 2, 0x61], // duplicate tags
      [0x12, 3, 1, 0, 0, 0], // trailing byte under the signature
      [0x11, 3, 1, 0, 5, 2, 0x61, 0], // unknown URL prefix
      [0x11, 3, 1, 0, 4, 0x82, 0x20, ...Array(2049).fill(0x61), 0], // 2,049-character target
    ];
    for (const payload of cases) {
      expect(verifyLinkToken(signRaw(payload), keys()), JSON.stringify(payload)).toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("never throws on and never accepts random input", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString("base64url")),
        ),
        (token) => {
          expect(verifyLinkToken(token, keys()).ok).toBe(false);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it("never throws on any payload signed with a known key, and accepts only safe targets", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (body) => {
        const result = verifyLinkToken(signRaw([0x11, 3, ...body]), keys());
        if (result.ok && result.claims.kind === "link") expect(result.claims.targetUrl).toMatch(/^https?:\/\/[^\s/\\]/i);
      }),
      { numRuns: 5_000 },
    );
  });

  it("round-trips random valid claims", () => {
    const tag = fc.stringMatching(/^[a-zA-Z0-9_.:\/-][a-zA-Z0-9 _.:\/-]{0,38}[a-zA-Z0-9_.:\/-]$/);
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((u) => u.length <= 2048),
        fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)),
        fc.option(fc.stringMatching(/^[A-Za-z0-9._:-]{1,128}$/)),
        fc.uniqueArray(tag, { maxLength: 20 }),
        (targetUrl, redirectId, sessionId, tags) => {
          const input = { kind: "link" as const, targetUrl, redirectId, sessionId, tags };
          const result = verifyLinkToken(encodeLinkToken(input, key, NOW), keys());
          expect(result.ok && result.claims).toMatchObject({ ...input, targetUrl: new URL(targetUrl).href });
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it("refuses invalid fields when signing, with a 400 error", () => {
    for (const bad of [
      { kind: "link", targetUrl: "javascript:alert(1)" },
      { kind: "link", targetUrl: "https://a.example/", sessionId: "{{session@id}}" },
      { kind: "pixel", tags: Array.from({ length: 21 }, (_, i) => `t${i}`) },
      { kind: "pixel", tags: ["a;b"] },
      { kind: "pixel", campaign: "line\nbreak" },
    ] as const) {
      expect(() => encodeLinkToken(bad as never, key)).toThrow(AppError);
    }
  });
});

describe("packed strings", () => {
  it("round-trips packed and UTF-8 strings and packs URL text into 6 bits a character", () => {
    for (const s of ["", "a", "https://www.example.com/x?y=1", "Upper Case", "日本語", "a b{c}|^"]) {
      const out: number[] = [];
      writeString(out, s);
      expect(readString(Uint8Array.from(out), 0, 100)).toEqual({ value: s, next: out.length });
    }
    const out: number[] = [];
    writeString(out, "abcdefgh");
    expect(out.length).toBe(1 + 6);
  });
});
