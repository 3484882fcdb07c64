import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { CLI_ACTOR } from "../../lib/auth/roles";
import { getDb } from "../../lib/db/client";
import { rotateSigningKey } from "../../lib/signing/rotate-signing-key";
import { invalidateKeyRing } from "../../lib/signing/signing-key-cache";

const run = promisify(execFile);

function cli(...args: string[]) {
  return run("npx", ["tsx", "cli/index.ts", "signing-keys", ...args], {
    env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

const keys = () => getDb().signingKey.findMany({ orderBy: { version: "asc" }, select: { version: true, retiredAt: true } });

// Other suites and tests share the database and its keys: each test starts from none, and
// none are left.
beforeEach(async () => {
  await getDb().signingKey.deleteMany();
  invalidateKeyRing();
});

/** Versions 1 and 2, as two rotations leave them. */
async function twoVersions() {
  await rotateSigningKey(CLI_ACTOR);
  await rotateSigningKey(CLI_ACTOR);
}

afterAll(async () => {
  await getDb().signingKey.deleteMany();
  invalidateKeyRing();
});

describe("npm run cli -- signing-keys", () => {
  it("lists by default and rotates to a new current version", async () => {
    const empty = await cli();
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain("No signing key yet");

    expect((await cli("--rotate")).stdout).toContain("Version 1 now signs new links");
    expect((await cli("--rotate")).stdout).toContain("Version 2 now signs new links");
    expect(await keys()).toEqual([
      { version: 1, retiredAt: null },
      { version: 2, retiredAt: null },
    ]);

    const list = await cli("--list");
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^v2\s+current\s/m);
    expect(list.stdout).toMatch(/^v1\s+active\s/m);
  }, 40_000);

  it("retires only with --confirm, after printing the usage warning", async () => {
    await twoVersions();
    const warned = await cli("--retire", "1");
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain("Retiring version 1 breaks every link signed with it");
    expect(warned.stdout).toContain("Run again with --confirm");
    expect((await keys())[0].retiredAt).toBeNull();

    const retired = await cli("--retire", "1", "--confirm");
    expect(retired.code).toBe(0);
    expect(retired.stdout).toContain("Retired version 1");
    expect((await keys())[0].retiredAt).toBeInstanceOf(Date);
    expect((await cli()).stdout).toMatch(/^v1\s+retired\s/m);
  }, 40_000);

  it("refuses the current version, bad versions and mixed flags, changing nothing", async () => {
    await twoVersions();
    const current = await cli("--retire", "2", "--confirm");
    expect(current.code).toBe(1);
    expect(current.stderr).toContain("Version 2 signs new links");

    const bad = await cli("--retire", "two");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--retire: must be a key version");

    const mixed = await cli("--rotate", "--retire", "1");
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain("Give only one of --list, --rotate and --retire");

    expect((await keys()).map((k) => k.version)).toEqual([1, 2]);
    expect((await keys())[1].retiredAt).toBeNull();
  }, 40_000);
});
