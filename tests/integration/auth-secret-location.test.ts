import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { appRoot } from "../../lib/app-root";
import type { Actor } from "../../lib/auth/roles";
import { getDb } from "../../lib/db/client";
import { listSigningKeys } from "../../lib/signing/list-signing-keys";
import { getKeyRing, invalidateKeyRing } from "../../lib/signing/signing-key-cache";
import { verifyLink } from "../../lib/signing/verify-link";
import { userActor } from "../support/actors";

const root = appRoot();
/** The CLI started from another folder, as an operator's shell or a cron job might. */
function cliElsewhere(...args: string[]) {
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), "clicktrail-elsewhere-"));
  const url = inject("databaseUrl");
  // A SQLite path relative to the Clicktrail folder, like the default `file:./data/clicktrail.db`.
  const databaseUrl = url.startsWith("file:") ? `file:${path.relative(root, url.slice("file:".length))}` : url;
  return promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "cli/index.ts"), ...args], {
    cwd: elsewhere,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" },
  })
    .catch((err: { stderr: string }) => {
      // Only the message: the child's stack names files the test runner would try to map.
      throw new Error(`the CLI failed: ${err.stderr.split("\n").find((l) => /error/i.test(l)) ?? err.stderr.slice(0, 300)}`);
    })
    .finally(() => fs.rmSync(elsewhere, { recursive: true, force: true }));
}

let admin: Actor;
// Other suites share the database and its keys: start from none and leave none.
beforeAll(async () => {
  admin = await userActor("admin");
  await getDb().signingKey.deleteMany();
  invalidateKeyRing();
});
afterAll(async () => {
  await getDb().signingKey.deleteMany();
  invalidateKeyRing();
});

describe("AUTH_SECRET and the database from another working directory", () => {
  it("the CLI opens the server's database and seals with the server's secret", async () => {
    expect((await cliElsewhere("signing-keys", "--rotate")).stdout).toContain("Version 1 now signs new links");
    invalidateKeyRing();
    expect((await getKeyRing()).current?.version).toBe(1);
    expect((await listSigningKeys(admin)).map((k) => k.readable)).toEqual([true]);

    const { stdout } = await cliElsewhere(
      "sign-link",
      "--url",
      "https://example.com/from-elsewhere",
      "--origin",
      "https://go.example.com",
    );
    const token = /\/l\/([\w-]+)/.exec(stdout)?.[1];
    expect(token).toBeDefined();
    expect(await verifyLink({ kind: "link", token: token! })).toMatchObject({
      ok: true,
      claims: { keyVersion: 1, targetUrl: "https://example.com/from-elsewhere" },
    });
  }, 40_000);
});
