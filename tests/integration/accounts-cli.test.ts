import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { authenticateApiKey } from "../../lib/api-keys/authenticate-api-key";
import { createApiKey } from "../../lib/api-keys/create-api-key";
import { CLI_ACTOR } from "../../lib/auth/roles";
import { verifyCredentials } from "../../lib/auth/verify-credentials";
import { getDb } from "../../lib/db/client";
import { createUser } from "../../lib/users/create-user";
import { uid } from "../support/actors";

const run = promisify(execFile);

function cli(...args: string[]) {
  return run("npx", ["tsx", "cli/index.ts", ...args], {
    env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

const PASSWORD = "a-long-password";
const signIn = (email: string) => verifyCredentials({ email, password: PASSWORD }, { ip: "192.0.2.150" });

// Each call starts a CLI process under tsx: seconds each, tens of seconds on a loaded machine.
describe("npm run cli -- (users and API keys)", { timeout: 180_000 }, () => {
  it("disables and enables a user, changes a role and lists users", async () => {
    const email = `${uid("cli")}@example.com`;
    await createUser(CLI_ACTOR, { email, password: PASSWORD, role: "viewer" });

    const disabled = await cli("disable-user", "--email", email);
    expect(disabled).toMatchObject({ code: 0, stdout: `Disabled ${email}; their sessions have ended\n` });
    expect(await signIn(email)).toBeNull();

    const listed = await cli("list-users");
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^email\s+role\s+status\s+last sign-in\s+id$/m);
    expect(listed.stdout).toMatch(new RegExp(`^${email.replace(/\./g, "\\.")}\\s+viewer\\s+disabled\\s`, "m"));

    expect((await cli("enable-user", "--email", email)).stdout).toBe(`Enabled ${email}; they can sign in again\n`);
    expect(await signIn(email)).not.toBeNull();

    expect((await cli("set-role", "--email", email, "--role", "editor")).stdout).toBe(
      `${email} is now editor; their sessions have ended\n`,
    );
    expect((await getDb().user.findUniqueOrThrow({ where: { email } })).role).toBe("editor");

    const bad = await cli("set-role", "--email", email, "--role", "owner");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--role: must be admin, editor or viewer");
    const missing = await cli("disable-user", "--email", "nobody@example.com");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("No user with the email nobody@example.com.");
  }, 60_000);

  it("revokes an API key by prefix and lists keys with their status", async () => {
    const { key, apiKey } = await createApiKey(CLI_ACTOR, { name: uid("cli-key"), role: "editor" });
    const revoked = await cli("revoke-api-key", "--prefix", apiKey.prefix);
    expect(revoked).toMatchObject({
      code: 0,
      stdout: `Revoked API key "${apiKey.name}" (${apiKey.prefix}…); it is refused from now on\n`,
    });
    await expect(authenticateApiKey(`Bearer ${key}`)).rejects.toMatchObject({ code: "unauthorized" });

    const listed = await cli("list-api-keys");
    expect(listed.stdout).toMatch(new RegExp(`^${apiKey.prefix}\\s+${apiKey.name}\\s+editor\\s+revoked\\s`, "m"));
    expect(listed.stdout).not.toContain(key);

    const neither = await cli("revoke-api-key");
    expect(neither.code).toBe(1);
    expect(neither.stderr).toContain("--id: give either the ID or the prefix of the key");
    const again = await cli("revoke-api-key", "--id", apiKey.id);
    expect(again.stdout).toContain("was already revoked");
  }, 60_000);
});
