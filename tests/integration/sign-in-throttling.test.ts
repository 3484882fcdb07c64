import { randomInt } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authorizeSignIn } from "../../lib/auth/authorize-sign-in";
import { verifyPassword } from "../../lib/auth/password";
import { CLI_ACTOR } from "../../lib/auth/roles";
import { SignInThrottledError } from "../../lib/auth/sign-in-error";
import { verifyCredentials } from "../../lib/auth/verify-credentials";
import { getDb } from "../../lib/db/client";
import { createUser } from "../../lib/users/create-user";
import { uid } from "../support/actors";

// The real argon2 check, counted: a refused attempt must never get this far.
vi.mock("../../lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../lib/auth/password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const checks = () => vi.mocked(verifyPassword).mock.calls.length;

const PASSWORD = "the-right-password";

async function newUser(): Promise<string> {
  const email = `${uid("owner")}@example.com`;
  await createUser(CLI_ACTOR, { email, password: PASSWORD, role: "editor" });
  return email;
}

/**
 * A network of its own per test (198.18.0.0/15 is for benchmarks), so tests never share counts:
 * 32 networks of 4,096 hosts, handed out in turn from a random start. Drawn at random, two tests
 * of a run could get the same one and see each other's failures.
 */
let nextNetwork = randomInt(0, 32);
function network(): (host: number) => string {
  const n = nextNetwork++ % 32;
  const a = n >> 4;
  const b = (n & 15) * 16;
  return (host) => `198.${18 + a}.${b + (host >> 8)}.${host & 255}`;
}

/** The wait a refused attempt was given, in ms; 0 when it was checked. */
async function attempt(email: string, password: string, ip: string): Promise<number> {
  try {
    await verifyCredentials({ email, password }, { ip });
    return 0;
  } catch (err) {
    if (err instanceof SignInThrottledError) return err.retryAfterSeconds * 1000;
    throw err;
  }
}

const signInRows = () => getDb().rateLimiterFlexible.findMany({ where: { key: { startsWith: "sign-in:" } } });
const wait = (ms: number) => vi.setSystemTime(Date.now() + ms);

beforeEach(() => {
  // Only the clock the throttle reads is faked; waits are skipped by moving it.
  vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("sign-in throttling", () => {
  it("lets the owner in from their network while 1,000 wrong passwords come from 1,000 others", async () => {
    const email = await newUser();
    const home = network()(1);
    expect(await verifyCredentials({ email, password: PASSWORD }, { ip: home })).not.toBeNull();

    const attacker = network();
    const before = checks();
    for (let i = 0; i < 1000; i++) {
      const refusedFor = await attempt(email, `guess-${i}`, attacker(i));
      expect(refusedFor).toBeLessThanOrEqual(60_000);
    }
    // Ten free attempts, then the account's wait; the clock did not move, so it never ended.
    expect(checks() - before).toBe(10);

    expect(await verifyCredentials({ email, password: PASSWORD }, { ip: home })).toMatchObject({ email });
  }, 60_000);

  it("makes the owner on a new network wait at most a minute, however long the attack goes on", async () => {
    const email = await newUser();
    const attacker = network();
    const traveller = network()(7);
    let longest = 0;
    for (let i = 0; i < 40; i++) {
      const refusedFor = await attempt(email, `guess-${i}`, attacker(i));
      longest = Math.max(longest, refusedFor);
      if (refusedFor > 0) {
        wait(refusedFor);
        expect(await attempt(email, `guess-${i}`, attacker(i))).toBe(0);
      }
    }
    expect(longest).toBe(60_000);

    const refusedFor = await attempt(email, PASSWORD, traveller);
    expect(refusedFor).toBeGreaterThan(0);
    expect(refusedFor).toBeLessThanOrEqual(60_000);
    wait(refusedFor);
    expect(await verifyCredentials({ email, password: PASSWORD }, { ip: traveller })).toMatchObject({ email });
  }, 60_000);

  it("refuses a client after 100 failures across any emails, before checking passwords, storing no more", async () => {
    const email = await newUser();
    const net = network();
    const sprayer = net(1);
    const existing = new Set((await signInRows()).map((r) => r.key));
    for (let i = 0; i < 100; i++) expect(await attempt(`${uid("spray")}@example.com`, "password-1", sprayer)).toBe(0);

    const before = checks();
    for (let i = 0; i < 900; i++) {
      expect(await attempt(`${uid("spray")}@example.com`, "password-1", sprayer)).toBe(60_000);
    }
    expect(await attempt(email, PASSWORD, sprayer)).toBe(60_000);
    expect(checks()).toBe(before);
    // 1,000 attempts left a failure count per email tried and per (email, client) for the 100
    // checked ones, and the client's count and wait: refused attempts wrote nothing.
    const added = (await signInRows()).filter((r) => !existing.has(r.key));
    expect(added).toHaveLength(2 * 100 + 2);
    const dayLater = Date.now() + 24 * 3600_000;
    expect(added.every((r) => r.expire !== null && r.expire.getTime() <= dayLater)).toBe(true);

    expect(await verifyCredentials({ email, password: PASSWORD }, { ip: net(2) })).toMatchObject({ email });
    wait(60_000);
    expect(await attempt(email, "wrong-password", sprayer)).toBe(0);
    expect(await attempt(email, PASSWORD, sprayer)).toBe(120_000);
  }, 60_000);

  it("refuses the right password during a wait without checking it, and accepts it after", async () => {
    const email = await newUser();
    const ip = network()(3);
    for (let i = 0; i < 5; i++) expect(await attempt(email, `wrong-${i}`, ip)).toBe(0);
    const before = checks();
    expect(await attempt(email, PASSWORD, ip)).toBe(1_000);
    expect(checks()).toBe(before);
    wait(1_000);
    expect(await verifyCredentials({ email, password: PASSWORD }, { ip })).toMatchObject({ email });
  });

  it("audits every checked attempt with the email, address and reason, and no refused one", async () => {
    const email = await newUser();
    const ip = network()(9);
    const nobody = `${uid("nobody")}@example.com`;
    await attempt(nobody, "whatever-1", ip);
    for (let i = 0; i < 5; i++) await attempt(email, `wrong-secret-${i}`, ip);
    expect(await attempt(email, PASSWORD, ip)).toBe(1_000);
    wait(1_000);
    await verifyCredentials({ email, password: PASSWORD }, { ip });

    const user = await getDb().user.findUniqueOrThrow({ where: { email } });
    const rows = await getDb().auditLog.findMany({
      where: { action: { startsWith: "auth.sign-in" }, entityId: { in: [user.id, nobody] } },
      // The clock is frozen, so `at` ties; cuid ids count up within a process.
      orderBy: [{ at: "asc" }, { id: "asc" }],
    });
    expect(rows.map((r) => r.action)).toEqual([...Array(6).fill("auth.sign-in-failed"), "auth.sign-in"]);
    expect(rows[0]).toMatchObject({
      entityId: nobody,
      actorLabel: "anonymous",
      after: { email: nobody, ip, reason: "unknown-email" },
    });
    expect(rows[1]).toMatchObject({ entityId: user.id, after: { email, ip, reason: "wrong-password" } });
    expect(rows[5].after).toMatchObject({ nextAttemptWaitSeconds: 1 });
    expect(rows[6]).toMatchObject({ actorId: user.id, after: { email, ip } });
    expect(JSON.stringify(rows)).not.toMatch(/wrong-secret|the-right-password/);
  });

  it("takes the client from the peer address server.ts passes on, not from X-Forwarded-For", async () => {
    vi.stubEnv("CLICKTRAIL_SERVER", "1");
    const email = await newUser();
    const ip = network()(11);
    const headers = { "x-clicktrail-peer": `::ffff:${ip}`, "x-forwarded-for": "203.0.113.99" };
    expect(await authorizeSignIn({ email, password: PASSWORD }, headers)).toMatchObject({ email });
    const user = await getDb().user.findUniqueOrThrow({ where: { email } });
    const row = await getDb().auditLog.findFirstOrThrow({ where: { action: "auth.sign-in", entityId: user.id } });
    expect(row.after).toMatchObject({ email, ip });
    expect(row).toMatchObject({ ip });
  });

  it("ignores a peer header without server.ts, which alone overwrites it on every request", async () => {
    vi.stubEnv("CLICKTRAIL_SERVER", "");
    const email = await newUser();
    const headers = { "x-clicktrail-peer": network()(12), "user-agent": "Sign-in test" };
    expect(await authorizeSignIn({ email, password: PASSWORD }, headers)).toMatchObject({ email });
    const user = await getDb().user.findUniqueOrThrow({ where: { email } });
    const row = await getDb().auditLog.findFirstOrThrow({ where: { action: "auth.sign-in", entityId: user.id } });
    expect(row).toMatchObject({ ip: null, userAgent: "Sign-in test" });
  });
});
