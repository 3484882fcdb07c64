import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { inject, describe, expect, it } from "vitest";
import { hashApiKey } from "../../lib/api-keys/key-material";
import { createDb, getDb } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { checkHealth } from "../../lib/health/check-health";
import { GET as health } from "../../app/api/health/route";
import { uid } from "../support/actors";

const run = promisify(execFile);

function cli(args: string[]) {
  return run("npx", ["tsx", "cli/index.ts", ...args], {
    env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

describe("operations", () => {
  it("migrations are idempotent", async () => {
    expect(await migrate(inject("databaseUrl"))).toEqual([]);
  });

  it("health reports a reachable database", async () => {
    expect(await checkHealth()).toMatchObject({ status: "ok", database: { reachable: true, provider: inject("databaseKind") } });
    const res = await health();
    expect(res.status).toBe(200);
  });

  it("health reports an unreachable database", async () => {
    const down = createDb("postgresql://nobody@127.0.0.1:1/none");
    expect(await checkHealth(down, "postgres")).toMatchObject({ status: "unavailable", database: { reachable: false } });
    await down.$disconnect();
  });

  it("the CLI creates a user who can sign in", async () => {
    const email = `${uid("cli")}@example.com`;
    const res = await cli(["create-user", "--email", email, "--password", "cli-password-1", "--role", "editor"]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`Created editor ${email}`);
    expect(await getDb().user.findUnique({ where: { email } })).toMatchObject({ role: "editor" });
  });

  it("the CLI creates an API key, prints it once and stores its hash", async () => {
    const res = await cli(["create-api-key", "--name", "cli-key", "--role", "viewer"]);
    expect(res.code).toBe(0);
    const key = res.stdout.match(/ct_[A-Za-z0-9]{32}/)?.[0];
    expect(key).toBeDefined();
    expect(await getDb().apiKey.findUnique({ where: { hash: hashApiKey(key!) } })).toMatchObject({ role: "viewer" });
  });

  it("the CLI explains bad input and exits non-zero", async () => {
    const res = await cli(["create-user", "--email", "not-an-email", "--password", "x", "--role", "boss"]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain("--email");
    expect(res.stderr).toContain("--role");
    const unknown = await cli(["frobnicate"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
  });
});
