import { describe, expect, it } from "vitest";
import * as redirects from "../../app/api/v1/redirects/route";
import { authenticateApiKey } from "../../lib/api-keys/authenticate-api-key";
import { createApiKey } from "../../lib/api-keys/create-api-key";
import { listApiKeys } from "../../lib/api-keys/list-api-keys";
import { revokeApiKey } from "../../lib/api-keys/revoke-api-key";
import { actorForSession, type SessionClaims } from "../../lib/auth/actor-for-session";
import { CLI_ACTOR } from "../../lib/auth/roles";
import { sessionTokenCallbacks } from "../../lib/auth/session-token";
import { verifyCredentials } from "../../lib/auth/verify-credentials";
import { getDb } from "../../lib/db/client";
import { changeUserRole } from "../../lib/users/change-user-role";
import { createUser } from "../../lib/users/create-user";
import { disableUser } from "../../lib/users/disable-user";
import { enableUser } from "../../lib/users/enable-user";
import { listUsers } from "../../lib/users/list-users";
import { setPassword } from "../../lib/users/set-password";
import { uid, userActor } from "../support/actors";
import { expectAppError } from "../support/expect-app-error";

const PASSWORD = "a-long-password";

async function newUser(role: "admin" | "editor" | "viewer" = "editor"): Promise<string> {
  const email = `${uid("rev")}@example.com`;
  await createUser(CLI_ACTOR, { email, password: PASSWORD, role });
  return email;
}

/**
 * Signs in as the login form does and returns what a request's session then carries: the
 * token from next-auth's jwt callback at sign-in, passed through its session callback.
 */
async function signIn(email: string, password = PASSWORD): Promise<SessionClaims> {
  const user = await verifyCredentials({ email, password }, { ip: "192.0.2.200" });
  if (!user) throw new Error(`could not sign in as ${email}`);
  const token = await sessionTokenCallbacks.jwt({ token: { email }, user } as never);
  const session = await sessionTokenCallbacks.session({ session: { user: {}, expires: "" }, token } as never);
  return (session as { user: SessionClaims }).user;
}

const audit = (entityId: string, action: string) => getDb().auditLog.findMany({ where: { entityId, action } });

describe("ending sessions", () => {
  it("ends a session when the account is disabled, and enabling it does not bring it back", async () => {
    const email = await newUser();
    const session = await signIn(email);
    expect(await actorForSession(session)).toMatchObject({ kind: "user", label: `user:${email}`, role: "editor" });

    const { user, changed } = await disableUser(CLI_ACTOR, { email });
    expect(changed).toBe(true);
    expect(user.disabledAt).not.toBeNull();
    expect(await actorForSession(session)).toBeNull();
    expect(await verifyCredentials({ email, password: PASSWORD }, { ip: "192.0.2.201" })).toBeNull();
    expect((await disableUser(CLI_ACTOR, { email })).changed).toBe(false);

    expect((await enableUser(CLI_ACTOR, { email })).changed).toBe(true);
    expect(await actorForSession(session)).toBeNull();
    expect(await actorForSession(await signIn(email))).not.toBeNull();
    expect((await enableUser(CLI_ACTOR, { email })).changed).toBe(false);

    const [disabled] = await audit(user.id, "user.disable");
    expect(disabled).toMatchObject({ actorLabel: "cli", before: { email, disabledAt: null } });
    expect(await audit(user.id, "user.enable")).toHaveLength(1);
  });

  it("ends a session when the password changes", async () => {
    const email = await newUser();
    const session = await signIn(email);
    await setPassword(CLI_ACTOR, { email, password: "another-long-password" });
    expect(await actorForSession(session)).toBeNull();
    expect(await actorForSession(await signIn(email, "another-long-password"))).not.toBeNull();
  });

  it("ends a session when the role changes, and a new one carries the new role", async () => {
    const email = await newUser("viewer");
    const session = await signIn(email);
    const { user, changed } = await changeUserRole(CLI_ACTOR, { email, role: "editor" });
    expect(changed).toBe(true);
    expect(await actorForSession(session)).toBeNull();
    expect(await actorForSession(await signIn(email))).toMatchObject({ role: "editor" });
    expect((await changeUserRole(CLI_ACTOR, { email, role: "editor" })).changed).toBe(false);
    expect((await audit(user.id, "user.change-role"))[0]).toMatchObject({
      before: { email, role: "viewer" },
      after: { email, role: "editor" },
    });
  });

  it("does not accept a token without a session version, or of a deleted user", async () => {
    const email = await newUser();
    const session = await signIn(email);
    expect(await actorForSession({ id: session.id })).toBeNull();
    expect(await actorForSession({ id: "no-such-user", sessionVersion: 0 })).toBeNull();
    expect(await actorForSession(undefined)).toBeNull();
  });
});

describe("managing users", () => {
  it("is for admins only, and names users that exist", async () => {
    const editor = await userActor("editor");
    const email = await newUser();
    await expectAppError(disableUser(editor, { email }), "forbidden");
    await expectAppError(enableUser(editor, { email }), "forbidden");
    await expectAppError(changeUserRole(editor, { email, role: "admin" }), "forbidden");
    await expectAppError(listUsers(editor), "forbidden");
    const missing = await expectAppError(disableUser(CLI_ACTOR, { email: "nobody@example.com" }), "not_found");
    expect(missing.details).toEqual({ email: ["is not a user"] });
    const bad = await expectAppError(changeUserRole(CLI_ACTOR, { email, role: "root" }), "bad_request");
    expect(Object.keys(bad.details ?? {})).toEqual(["role"]);
  });

  it("lists every user with role and status", async () => {
    const email = await newUser("viewer");
    await disableUser(CLI_ACTOR, { email });
    const users = await listUsers(CLI_ACTOR);
    expect(users.find((u) => u.email === email)).toMatchObject({ role: "viewer", disabledAt: expect.any(String) });
    expect(JSON.stringify(users)).not.toContain("argon2");
  });

  it("never disables or demotes the last active admin, even when two admins try at once", async () => {
    const first = await newUser("admin");
    // Other suites' admins would count: leave this one as the only active admin.
    await getDb().user.updateMany({ where: { role: "admin", email: { not: first } }, data: { role: "editor" } });

    const refused = await expectAppError(disableUser(CLI_ACTOR, { email: first }), "conflict");
    expect(refused.message).toBe(`${first} is the last active admin and cannot be disabled. Make another user an admin first.`);
    await expectAppError(changeUserRole(CLI_ACTOR, { email: first, role: "editor" }), "conflict");

    const second = await newUser("admin");
    expect((await changeUserRole(CLI_ACTOR, { email: first, role: "viewer" })).changed).toBe(true);
    await expectAppError(disableUser(CLI_ACTOR, { email: second }), "conflict");
    await changeUserRole(CLI_ACTOR, { email: first, role: "admin" });

    const results = await Promise.allSettled([
      disableUser(CLI_ACTOR, { email: first }),
      changeUserRole(CLI_ACTOR, { email: second, role: "editor" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    expect(await getDb().user.count({ where: { role: "admin", disabledAt: null } })).toBe(1);
  });
});

describe("revoking API keys", () => {
  it("answers 401 from the moment a key is revoked, by ID or by prefix", async () => {
    for (const by of ["id", "prefix"] as const) {
      const { key, apiKey } = await createApiKey(CLI_ACTOR, { name: uid("revoke"), role: "editor" });
      const list = () =>
        redirects.GET(new Request("http://localhost/api/v1/redirects", { headers: { authorization: `Bearer ${key}` } }), {
          params: Promise.resolve({}),
        } as never);
      expect((await list()).status).toBe(200);

      const { apiKey: revoked, changed } = await revokeApiKey(CLI_ACTOR, { [by]: apiKey[by] });
      expect(changed).toBe(true);
      expect(revoked.revokedAt).not.toBeNull();
      const res = await list();
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe("unauthorized");
      await expectAppError(authenticateApiKey(`Bearer ${key}`), "unauthorized");

      expect((await revokeApiKey(CLI_ACTOR, { id: apiKey.id })).changed).toBe(false);
      expect(await audit(apiKey.id, "api-key.revoke")).toHaveLength(1);
    }
  });

  it("lists keys with their status, for admins only, and refuses unclear references", async () => {
    const { apiKey } = await createApiKey(CLI_ACTOR, { name: uid("listed"), role: "viewer" });
    await revokeApiKey(CLI_ACTOR, { id: apiKey.id });
    const keys = await listApiKeys(CLI_ACTOR);
    expect(keys.find((k) => k.id === apiKey.id)).toMatchObject({ prefix: apiKey.prefix, revokedAt: expect.any(String) });
    expect(JSON.stringify(keys)).not.toMatch(/"hash"/);

    const editor = await userActor("editor");
    await expectAppError(listApiKeys(editor), "forbidden");
    await expectAppError(revokeApiKey(editor, { id: apiKey.id }), "forbidden");
    await expectAppError(revokeApiKey(CLI_ACTOR, { id: "nope" }), "not_found");
    await expectAppError(revokeApiKey(CLI_ACTOR, {}), "bad_request");
    await expectAppError(revokeApiKey(CLI_ACTOR, { id: apiKey.id, prefix: apiKey.prefix }), "bad_request");
    await expectAppError(revokeApiKey(CLI_ACTOR, { prefix: "ct_" }), "bad_request");
  });
});
