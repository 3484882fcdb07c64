import { createHmac, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SIGNATURE_HEADER, signPayload, verifySignature } from "./signature";

const SECRET = randomBytes(32);
const OTHER = randomBytes(32);
const BODY = JSON.stringify({ id: "evt_1", type: "redirect.clicked", properties: { a: "ü" } });
const T = 1_796_000_000;
const NOW = new Date(T * 1000);

describe("signPayload", () => {
  it('is t=<unix>,v1=<hex HMAC-SHA256 of "t.body">, as documented', () => {
    const expected = createHmac("sha256", SECRET).update(`${T}.${BODY}`, "utf8").digest("hex");
    expect(signPayload(SECRET, BODY, T)).toBe(`t=${T},v1=${expected}`);
    expect(SIGNATURE_HEADER).toBe("Clicktrail-Signature");
  });

  it("matches the test vector in docs/webhooks.md", () => {
    expect(signPayload(Buffer.alloc(32), '{"id":"evt_4711"}', 1_796_000_000)).toBe(
      "t=1796000000,v1=daf15fc38556518eb3e9ec7a6ebdc8341707a9e6643755dbc626109f4a9a3a8f",
    );
  });

  it("signs bytes and the same text alike, and refuses a fractional timestamp", () => {
    expect(signPayload(SECRET, Buffer.from(BODY), T)).toBe(signPayload(SECRET, BODY, T));
    expect(() => signPayload(SECRET, BODY, 1.5)).toThrow(RangeError);
  });
});

describe("verifySignature", () => {
  const header = signPayload(SECRET, BODY, T);

  it("accepts its own signature on the unchanged body", () => {
    expect(verifySignature(header, BODY, SECRET, { now: NOW })).toStrictEqual({ ok: true });
    expect(verifySignature(header, Buffer.from(BODY), [OTHER, SECRET], { now: NOW })).toStrictEqual({ ok: true });
  });

  it("refuses a tampered body, a wrong secret, or a changed timestamp", () => {
    expect(verifySignature(header, BODY.replace("evt_1", "evt_2"), SECRET, { now: NOW })).toStrictEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verifySignature(header, `${BODY} `, SECRET, { now: NOW })).toMatchObject({ ok: false, reason: "mismatch" });
    expect(verifySignature(header, BODY, OTHER, { now: NOW })).toMatchObject({ ok: false, reason: "mismatch" });
    expect(verifySignature(header, BODY, [], { now: NOW })).toMatchObject({ ok: false, reason: "mismatch" });
    const moved = header.replace(`t=${T}`, `t=${T + 1}`);
    expect(verifySignature(moved, BODY, SECRET, { now: NOW })).toMatchObject({ ok: false, reason: "mismatch" });
  });

  it("refuses stale and future timestamps outside the tolerance, and accepts them at its edge", () => {
    const at = (seconds: number) => new Date((T + seconds) * 1000);
    expect(verifySignature(header, BODY, SECRET, { now: at(300) })).toStrictEqual({ ok: true });
    expect(verifySignature(header, BODY, SECRET, { now: at(301) })).toStrictEqual({ ok: false, reason: "stale" });
    expect(verifySignature(header, BODY, SECRET, { now: at(-300) })).toStrictEqual({ ok: true });
    expect(verifySignature(header, BODY, SECRET, { now: at(-301) })).toStrictEqual({ ok: false, reason: "future" });
    expect(verifySignature(header, BODY, SECRET, { now: at(60), toleranceSeconds: 30 })).toMatchObject({
      reason: "stale",
    });
  });

  it("accepts a header with several v1 values when one matches (a rotation in flight)", () => {
    const rotating = signPayload([OTHER, SECRET], BODY, T);
    expect(rotating.split(",")).toHaveLength(3);
    expect(verifySignature(rotating, BODY, SECRET, { now: NOW })).toStrictEqual({ ok: true });
    expect(verifySignature(rotating, BODY, OTHER, { now: NOW })).toStrictEqual({ ok: true });
    expect(verifySignature(rotating, BODY, randomBytes(32), { now: NOW })).toMatchObject({ reason: "mismatch" });
    // Receiver side: the sender still signs with the old secret while the receiver holds both.
    expect(verifySignature(signPayload(OTHER, BODY, T), BODY, [SECRET, OTHER], { now: NOW })).toStrictEqual({
      ok: true,
    });
  });

  it("skips unknown schemes and tolerates spaces after commas", () => {
    const v1 = header.split(",")[1];
    expect(verifySignature(`t=${T}, v0=abc, ${v1}`, BODY, SECRET, { now: NOW })).toStrictEqual({ ok: true });
  });

  it("reports a missing header", () => {
    expect(verifySignature(null, BODY, SECRET, { now: NOW })).toStrictEqual({ ok: false, reason: "missing" });
    expect(verifySignature("", BODY, SECRET, { now: NOW })).toStrictEqual({ ok: false, reason: "missing" });
  });

  it.each([
    ["no v1", `t=${T}`],
    ["no t", `v1=${"a".repeat(64)}`],
    ["two t", `t=${T},t=${T},v1=${"a".repeat(64)}`],
    ["a non-numeric t", `t=12a,v1=${"a".repeat(64)}`],
    ["a negative t", `t=-5,v1=${"a".repeat(64)}`],
    ["a short v1", `t=${T},v1=${"a".repeat(63)}`],
    ["a non-hex v1", `t=${T},v1=${"g".repeat(64)}`],
    ["an upper-case v1", `t=${T},v1=${"A".repeat(64)}`],
    ["a part without '='", `t=${T},v1`],
    ["garbage", "hello"],
    ["an over-long header", `t=${T},v1=${"a".repeat(64)},${"x=y,".repeat(2000)}`],
  ])("refuses a malformed header: %s", (_, value) => {
    expect(verifySignature(value, BODY, SECRET, { now: NOW })).toStrictEqual({ ok: false, reason: "malformed" });
  });

  it("refuses a malformed header even when a valid v1 is also present", () => {
    const v1 = header.split(",")[1];
    expect(verifySignature(`t=${T},${v1},v1=zz`, BODY, SECRET, { now: NOW })).toMatchObject({ reason: "malformed" });
  });
});
