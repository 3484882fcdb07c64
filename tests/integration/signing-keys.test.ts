import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/auth/roles";
import { getDb } from "../../lib/db/client";
import { ensureSigningKey } from "../../lib/signing/ensure-signing-key";
import { USAGE_WINDOW_DAYS } from "../../lib/signing/estimate-key-usage";
import { openSecret, sealSecret } from "../../lib/signing/key-encryption";
import { listSigningKeys } from "../../lib/signing/list-signing-keys";
import { retireSigningKey } from "../../lib/signing/retire-signing-key";
import { rotateSigningKey } from "../../lib/signing/rotate-signing-key";
import { signLink } from "../../lib/signing/sign-link";
import { getKeyRing, invalidateKeyRing } from "../../lib/signing/signing-key-cache";
import { verifyLink } from "../../lib/signing/verify-link";
import { uid, userActor } from "../support/actors";
import { expectAppError } from "../support/expect-app-error";

const DAY = 86_400_000;
const LINK = { kind: "link" as const, targetUrl: "https://example.com/signed", redirectId: "sig-1", tags: ["a"], campaign: "c" };
let admin: Actor;
let editor: Actor;
let viewer: Actor;
const clickIds: number[] = [];

beforeAll(async () => {
  [admin, editor, viewer] = await Promise.all([userActor("admin"), userActor("editor"), userActor("viewer")]);
});

// The database is shared with the other suites: remove the clicks and keys made here.
afterAll(async () => {
  await getDb().click.deleteMany({ where: { id: { in: clickIds } } });
  await getDb().signingKey.deleteMany();
  invalidateKeyRing();
});

afterEach(() => vi.restoreAllMocks());

const auditOf = (action: string) =>
  getDb().auditLog.findMany({ where: { entityType: "signing-key", action }, orderBy: { at: "asc" } });

async function verifiedVersion(token: string): Promise<number | string> {
  const result = await verifyLink({ kind: "link", token });
  return result.ok ? result.claims.keyVersion : result.reason;
}

/** Version 1, a link it signed forty days ago, then a rotation to version 2. */
async function rotatedOnce(): Promise<string> {
  await ensureSigningKey();
  const v1Token = await signLink(LINK, new Date(Date.now() - 40 * DAY));
  await rotateSigningKey(admin);
  return v1Token;
}

describe("signing keys", () => {
  // Each test starts from a fresh install's keys, no signed clicks and no key audit (other
  // suites and tests sign, rotate and retire in the same database): the version numbers, the
  // estimate and the audit checks count exactly the test's own.
  beforeEach(async () => {
    await getDb().click.deleteMany({ where: { source: { in: ["signed", "pixel"] } } });
    await getDb().auditLog.deleteMany({ where: { entityType: "signing-key" } });
    await getDb().signingKey.deleteMany();
    invalidateKeyRing();
  });

  it("creates version 1 once when several callers race for the first key", async () => {
    const results = await Promise.all([ensureSigningKey(), ensureSigningKey(), signLink(LINK), ensureSigningKey()]);
    const rows = await getDb().signingKey.findMany();
    expect(rows.map((r) => r.version)).toEqual([1]);
    for (const r of [results[0], results[1], results[3]]) expect(typeof r !== "string" && r.current.version).toBe(1);
    expect(await verifiedVersion(results[2] as string)).toBe(1);
    const created = await auditOf("signing-key.create");
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ entityId: "1", actorLabel: "system" });
    expect(JSON.stringify(created[0].after)).not.toContain("secret");
  });

  it("stores the secret sealed, not in plaintext", async () => {
    await ensureSigningKey();
    const row = await getDb().signingKey.findUniqueOrThrow({ where: { version: 1 } });
    const secret = (await getKeyRing()).byVersion.get(1)!;
    expect(secret).toHaveLength(32);
    expect(row.secret).toHaveLength(12 + 32 + 16);
    expect(Buffer.from(row.secret).includes(secret)).toBe(false);
    expect(openSecret(1, row.secret).equals(secret)).toBe(true);
  });

  it("rotates: new links use the new version, older links keep verifying", async () => {
    await ensureSigningKey();
    const v1Token = await signLink(LINK, new Date(Date.now() - 40 * DAY));
    const rotated = await rotateSigningKey(admin);
    expect(rotated).toMatchObject({ version: 2, state: "current", createdById: admin.userId });
    const fresh = await signLink(LINK);
    expect(await verifiedVersion(v1Token)).toBe(1);
    expect(await verifiedVersion(fresh)).toBe(2);
    const list = await listSigningKeys(admin);
    expect(list.map((k) => [k.version, k.state])).toEqual([
      [2, "current"],
      [1, "active"],
    ]);
    expect(JSON.stringify(list)).not.toMatch(/secret/i);
    expect(await auditOf("signing-key.rotate")).toMatchObject([{ entityId: "2", actorId: admin.userId }]);
  });

  it("retires only after confirmation, warning with the recent clicks of that version", async () => {
    const v1Token = await rotatedOnce();
    const now = Date.now();
    const click = (keyVersion: number | string, targetUrl: string, ageDays: number, source = "signed") => ({
      at: new Date(now - ageDays * DAY),
      eventType: "redirect",
      properties: { keyVersion },
      targetUrl,
      source,
    });
    const data = [
      click(1, "https://example.com/one", 1),
      click(1, "https://example.com/one", 2),
      click(1, "https://example.com/two", 29),
      click(1, "https://example.com/old", USAGE_WINDOW_DAYS + 1), // outside the window
      click(2, "https://example.com/one", 1), // another version
      click("1", "https://example.com/one", 1), // not a version number
      click(1, "https://example.com/one", 1, "redirect"), // not a signed link
    ];
    for (const d of data) clickIds.push((await getDb().click.create({ data: d, select: { id: true } })).id);

    const warning = await retireSigningKey(admin, { version: 1 });
    expect(warning).toMatchObject({
      retired: false,
      version: 1,
      usage: { clicks: 3, links: 2, windowDays: 30, capped: false },
    });
    expect(warning.retired === false && warning.warning).toContain("3 clicks reached 2 links");
    expect((await getDb().signingKey.findUniqueOrThrow({ where: { version: 1 } })).retiredAt).toBeNull();
    expect(await auditOf("signing-key.retire")).toHaveLength(0);
    expect(await verifiedVersion(v1Token)).toBe(1);

    const done = await retireSigningKey(admin, { version: 1, confirm: true });
    expect(done).toMatchObject({ retired: true, key: { version: 1, state: "retired" } });
    expect(await verifiedVersion(v1Token)).toBe("unknown-key");
    expect((await listSigningKeys(admin)).map((k) => k.state)).toEqual(["current", "retired"]);
    const audit = await auditOf("signing-key.retire");
    expect(audit).toMatchObject([{ entityId: "1", actorId: admin.userId }]);
    expect(audit[0].before).toMatchObject({ retiredAt: null });
  });

  it("refuses to retire the current, an unknown or an already retired version", async () => {
    await rotatedOnce();
    await retireSigningKey(admin, { version: 1, confirm: true });
    const current = (await getKeyRing()).current!.version;
    await expectAppError(retireSigningKey(admin, { version: current, confirm: true }), "conflict");
    await expectAppError(retireSigningKey(admin, { version: current }), "conflict");
    await expectAppError(retireSigningKey(admin, { version: 99, confirm: true }), "not_found");
    await expectAppError(retireSigningKey(admin, { version: 1, confirm: true }), "conflict");
    await expectAppError(retireSigningKey(admin, { version: "x" }), "bad_request");
    expect((await getDb().signingKey.findUniqueOrThrow({ where: { version: current } })).retiredAt).toBeNull();
  });

  it("is for admins only", async () => {
    await rotatedOnce();
    const before = await getDb().signingKey.findMany({ orderBy: { version: "asc" } });
    for (const actor of [editor, viewer]) {
      await expectAppError(listSigningKeys(actor), "forbidden");
      await expectAppError(rotateSigningKey(actor), "forbidden");
      await expectAppError(retireSigningKey(actor, { version: 2, confirm: true }), "forbidden");
    }
    expect(await getDb().signingKey.findMany({ orderBy: { version: "asc" } })).toEqual(before);
  });

  it("picks up a key rotated by another instance within 10 s", async () => {
    await ensureSigningKey();
    const version = (await getKeyRing()).current!.version + 1;
    const { randomBytes } = await import("node:crypto");
    await getDb().signingKey.create({ data: { version, secret: sealSecret(version, randomBytes(32)) } });
    expect((await getKeyRing()).current!.version).toBe(version - 1);
    vi.spyOn(Date, "now").mockReturnValue(Date.now() + 10_001);
    expect((await getKeyRing()).current!.version).toBe(version);
    expect(await verifiedVersion(await signLink(LINK))).toBe(version);
  });
});

describe("signed link sessions", () => {
  it("takes the session from the path only when the token carries none", async () => {
    const plain = await signLink({ kind: "link", targetUrl: "https://example.com/s" });
    const pinned = await signLink({ kind: "link", targetUrl: "https://example.com/s", sessionId: "s-pinned" });
    const session = uid("s");
    const claims = async (token: string, sessionId?: string) => {
      const r = await verifyLink({ kind: "link", token, sessionId });
      return r.ok ? r.claims.sessionId : r.reason;
    };
    expect(await claims(plain)).toBeNull();
    expect(await claims(plain, session)).toBe(session);
    expect(await claims(pinned)).toBe("s-pinned");
    expect(await claims(pinned, "s-pinned")).toBe("s-pinned");
    expect(await claims(pinned, session)).toBe("session-mismatch");
    expect(await claims(plain, "{{session@id}}")).toBe("invalid-session");
    expect(await claims(plain, "")).toBe("invalid-session");
  });

  it("keeps link and pixel tokens apart", async () => {
    const pixel = await signLink({ kind: "pixel", redirectId: "sig-1", sessionId: "s-1" });
    const link = await signLink(LINK);
    expect(await verifyLink({ kind: "link", token: pixel })).toEqual({ ok: false, reason: "wrong-kind" });
    expect(await verifyLink({ kind: "pixel", token: link })).toEqual({ ok: false, reason: "wrong-kind" });
    expect(await verifyLink({ kind: "pixel", token: pixel })).toMatchObject({
      ok: true,
      claims: { kind: "pixel", redirectId: "sig-1", sessionId: "s-1" },
    });
  });
});
