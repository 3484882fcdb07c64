import { describe, expect, it } from "vitest";
import { authenticateApiKey } from "../../lib/api-keys/authenticate-api-key";
import { createApiKey } from "../../lib/api-keys/create-api-key";
import { ensureFirstAdmin } from "../../lib/users/bootstrap-admin";
import { CLI_ACTOR } from "../../lib/auth/roles";
import { verifyCredentials } from "../../lib/auth/verify-credentials";
import { getDb } from "../../lib/db/client";
import { AppError } from "../../lib/errors";
import { createUser } from "../../lib/users/create-user";
import { uid, userActor } from "../support/actors";

// A client of its own, so the other suites' sign-in throttling tests never count it.
const client = { ip: "192.0.2.10" };

describe("users and sign-in", () => {
  it("stores an argon2id hash, never the password", async () => {
    const email = `${uid("hash")}@example.com`;
    await createUser(CLI_ACTOR, { email, password: "a-long-password", role: "editor" });
    const row = await getDb().user.findUnique({ where: { email } });
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row?.passwordHash).not.toContain("a-long-password");
  });

  it("signs in with the right password only, case-insensitively by email", async () => {
    const email = `${uid("login")}@example.com`;
    await createUser(CLI_ACTOR, { email, password: "right-password", role: "viewer" });
    expect(await verifyCredentials({ email: email.toUpperCase(), password: "right-password" }, client)).toMatchObject({
      email,
      role: "viewer",
    });
    expect(await verifyCredentials({ email, password: "wrong-password" }, client)).toBeNull();
    expect(await verifyCredentials({ email: "nobody@example.com", password: "right-password" }, client)).toBeNull();
    expect(await verifyCredentials({ nonsense: true }, client)).toBeNull();
  });

  it("refuses a disabled account", async () => {
    const email = `${uid("disabled")}@example.com`;
    await createUser(CLI_ACTOR, { email, password: "right-password", role: "viewer" });
    await getDb().user.update({ where: { email }, data: { disabledAt: new Date() } });
    expect(await verifyCredentials({ email, password: "right-password" }, client)).toBeNull();
  });

  it("lets only admins create users, and rejects duplicates and weak input", async () => {
    const editor = await userActor("editor");
    await expect(createUser(editor, { email: "x@example.com", password: "long-enough-1", role: "admin" })).rejects.toMatchObject({
      code: "forbidden",
    });
    const email = `${uid("dup")}@example.com`;
    await createUser(CLI_ACTOR, { email, password: "long-enough-1", role: "viewer" });
    await expect(createUser(CLI_ACTOR, { email, password: "long-enough-1", role: "viewer" })).rejects.toMatchObject({
      code: "conflict",
    });
    const err = await createUser(CLI_ACTOR, { email: "nope", password: "short", role: "root" }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(Object.keys(err.details).sort()).toEqual(["email", "password", "role"]);
  });
});

describe("first admin", () => {
  it("is created once, from the environment or with a generated password", async () => {
    await getDb().user.updateMany({ where: { role: "admin" }, data: { role: "editor" } });
    const generated = await ensureFirstAdmin({});
    expect(generated?.generatedPassword).toMatch(/^[\w-]{16}$/);
    expect(await verifyCredentials({ email: generated!.email, password: generated!.generatedPassword }, client)).not.toBeNull();
    expect(await ensureFirstAdmin({ ADMIN_EMAIL: "other@example.com", ADMIN_PASSWORD: "x".repeat(12) })).toBeNull();
  });
});

describe("API keys", () => {
  it("stores only a hash and authenticates the key in clear", async () => {
    const { key, apiKey } = await createApiKey(CLI_ACTOR, { name: "ci", role: "editor" });
    expect(key).toMatch(/^ct_[A-Za-z0-9]{32}$/);
    const row = await getDb().apiKey.findUnique({ where: { id: apiKey.id } });
    expect(row?.hash).not.toContain(key.slice(3));
    expect(await authenticateApiKey(`Bearer ${key}`)).toMatchObject({ kind: "api-key", role: "editor" });
    await expect(authenticateApiKey(`Bearer ${key}x`)).rejects.toMatchObject({ code: "unauthorized" });
    await expect(authenticateApiKey(`Basic ${key}`)).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("may only be created by admins", async () => {
    const editor = await userActor("editor");
    await expect(createApiKey(editor, { name: "x", role: "admin" })).rejects.toMatchObject({ code: "forbidden" });
  });
});
