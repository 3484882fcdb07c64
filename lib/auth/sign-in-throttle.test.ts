import { RateLimiterMemory } from "rate-limiter-flexible";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { delayAfter, SIGN_IN_RULES } from "./sign-in-policy";
import { SignInThrottle, type Admission, type SignInClient } from "./sign-in-throttle";

const newThrottle = () => new SignInThrottle((options) => new RateLimiterMemory(options));

/** One attempt with a wrong password: admitted or not, as the sign-in service runs it. */
async function fail(throttle: SignInThrottle, client: SignInClient): Promise<Admission> {
  return throttle.admit(client);
}

async function succeed(throttle: SignInThrottle, client: SignInClient): Promise<Admission> {
  const admission = await throttle.admit(client);
  if (admission.allowed) await throttle.succeeded(admission.ticket);
  return admission;
}

const retryAfter = (a: Admission) => (a.allowed ? 0 : a.retryAfterMs);

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-11-02T09:00:00Z") });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("sign-in policy", () => {
  it("lets the first failures through, then doubles the wait up to the rule's cap", () => {
    const pair = SIGN_IN_RULES.pair;
    expect([1, 4, 5, 6, 7, 14, 15, 100].map((n) => delayAfter(pair, n))).toEqual([
      0, 0, 1_000, 2_000, 4_000, 512_000, 900_000, 900_000,
    ]);
    expect(delayAfter(SIGN_IN_RULES.ip, 99)).toBe(0);
    expect(delayAfter(SIGN_IN_RULES.ip, 100)).toBe(60_000);
    expect(delayAfter(SIGN_IN_RULES.ip, 10_000)).toBe(24 * 3600_000);
    expect(delayAfter(SIGN_IN_RULES.email, 10_000)).toBe(60_000);
  });
});

describe("sign-in throttle", () => {
  const owner = { email: "owner@example.com", ip: "198.51.100.7" };

  it("makes one email from one client wait 1 s after five failures, doubling to 15 min", async () => {
    const throttle = newThrottle();
    for (let i = 0; i < 5; i++) expect((await fail(throttle, owner)).allowed).toBe(true);
    expect(retryAfter(await throttle.admit(owner))).toBe(1_000);

    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const wait = retryAfter(await throttle.admit(owner));
      waits.push(wait);
      vi.advanceTimersByTime(wait - 1);
      expect((await throttle.admit(owner)).allowed).toBe(false);
      vi.advanceTimersByTime(1);
      expect((await fail(throttle, owner)).allowed).toBe(true);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900].map((s) => s * 1000));
  });

  it("lets the right password in after the wait and starts the pair over", async () => {
    const throttle = newThrottle();
    for (let i = 0; i < 8; i++) {
      const attempt = await fail(throttle, owner);
      if (!attempt.allowed) {
        vi.advanceTimersByTime(attempt.retryAfterMs);
        expect((await fail(throttle, owner)).allowed).toBe(true);
      }
    }
    const wait = retryAfter(await throttle.admit(owner));
    expect(wait).toBe(8_000);
    vi.advanceTimersByTime(wait);
    expect((await succeed(throttle, owner)).allowed).toBe(true);
    for (let i = 0; i < 5; i++) expect((await fail(throttle, owner)).allowed).toBe(true);
    expect(retryAfter(await throttle.admit(owner))).toBe(1_000);
  });

  it("refuses a client after 100 failures across any emails, for a minute, then longer", async () => {
    const throttle = newThrottle();
    const ip = "203.0.113.50";
    for (let i = 0; i < 100; i++) expect((await fail(throttle, { email: `u${i}@example.com`, ip })).allowed).toBe(true);
    expect(retryAfter(await throttle.admit({ email: "fresh@example.com", ip }))).toBe(60_000);
    expect((await throttle.admit({ email: "fresh@example.com", ip: "203.0.113.51" })).allowed).toBe(true);

    vi.advanceTimersByTime(60_000);
    expect((await fail(throttle, { email: "again@example.com", ip })).allowed).toBe(true);
    expect(retryAfter(await throttle.admit({ email: "other@example.com", ip }))).toBe(120_000);
  });

  it("counts an IPv6 client per /64, so rotating addresses does not reset it", async () => {
    const throttle = newThrottle();
    for (let i = 0; i < 100; i++) await fail(throttle, { email: `v${i}@example.com`, ip: `2001:db8:7:1::${i.toString(16)}` });
    expect(retryAfter(await throttle.admit({ email: "w@example.com", ip: "2001:db8:7:1:ffff::1" }))).toBe(60_000);
  });

  it("caps what strangers failing on an account from many clients cost its owner at a minute", async () => {
    const throttle = newThrottle();
    const attacker = (i: number) => ({ email: owner.email, ip: `10.0.${i >> 8}.${i & 255}` });
    let checked = 0;
    for (let i = 0; i < 1000; i++) {
      const wait = retryAfter(await throttle.admit(attacker(i)));
      if (wait === 0) checked++;
      else vi.advanceTimersByTime(i % 50 === 0 ? wait : 0);
      expect(wait).toBeLessThanOrEqual(60_000);
    }
    // Ten free attempts, then one per (growing, capped) wait that was waited out.
    expect(checked).toBeLessThan(40);
    const wait = retryAfter(await throttle.admit(owner));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60_000);
    vi.advanceTimersByTime(wait);
    expect((await succeed(throttle, owner)).allowed).toBe(true);
  });

  it("never makes a client the owner signed in from wait for strangers' failures", async () => {
    const throttle = newThrottle();
    expect((await succeed(throttle, owner)).allowed).toBe(true);
    for (let i = 0; i < 200; i++) await fail(throttle, { email: owner.email, ip: `10.1.0.${i}` });
    for (let i = 0; i < 150; i++) await fail(throttle, { email: `x${i}@example.com`, ip: owner.ip });
    expect((await throttle.admit({ email: "y@example.com", ip: owner.ip })).allowed).toBe(false);
    expect((await throttle.admit({ email: owner.email, ip: "10.2.0.1" })).allowed).toBe(false);
    expect((await succeed(throttle, owner)).allowed).toBe(true);
    // It still answers for its own failures, and stops being known after two weeks.
    for (let i = 0; i < 5; i++) await fail(throttle, owner);
    expect(retryAfter(await throttle.admit(owner))).toBe(1_000);
    vi.advanceTimersByTime(15 * 24 * 3600_000);
    for (let i = 0; i < 10; i++) await fail(throttle, { email: owner.email, ip: `10.3.0.${i}` });
    expect((await throttle.admit(owner)).allowed).toBe(false);
  });

  it("lets one of many concurrent attempts through once the free ones are used", async () => {
    const throttle = newThrottle();
    for (let i = 0; i < 4; i++) await fail(throttle, owner);
    const burst = await Promise.all(Array.from({ length: 50 }, () => throttle.admit(owner)));
    expect(burst.filter((a) => a.allowed)).toHaveLength(1);
    expect(retryAfter(await throttle.admit(owner))).toBe(1_000);
  });

  it("does not count successes against the client or the account", async () => {
    const throttle = newThrottle();
    const office = "192.0.2.99";
    for (let i = 0; i < 150; i++)
      expect((await succeed(throttle, { email: `staff${i % 20}@example.com`, ip: office })).allowed).toBe(true);
    for (let i = 0; i < 20; i++) expect((await succeed(throttle, { email: owner.email, ip: `10.9.0.${i}` })).allowed).toBe(true);
  });
});
