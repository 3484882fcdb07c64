import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { appRoot } from "../../lib/app-root";
import type { Actor } from "../../lib/auth/roles";
import { getDb } from "../../lib/db/client";
import { handlePublicRequest } from "../../lib/public-endpoints/handle-public-request";
import { logger } from "../../lib/logger";
import { ensureSigningKey } from "../../lib/signing/ensure-signing-key";
import { listSigningKeys } from "../../lib/signing/list-signing-keys";
import { rotateSigningKey } from "../../lib/signing/rotate-signing-key";
import { signLink } from "../../lib/signing/sign-link";
import { getKeyRing, invalidateKeyRing } from "../../lib/signing/signing-key-cache";
import { createWebhook } from "../../lib/webhooks/create-webhook";
import { listUnreadableWebhookSecrets } from "../../lib/webhooks/list-unreadable-webhook-secrets";
import { rotateWebhookSecret } from "../../lib/webhooks/rotate-webhook-secret";
import { sendTestEvent } from "../../lib/webhooks/send-test-event";
import { SIGNATURE_HEADER, verifySignature } from "../../lib/webhooks/signature";
import { userActor } from "../support/actors";
import { underAnotherAuthSecret } from "../support/another-auth-secret";
import { expectAppError } from "../support/expect-app-error";
import { withConfigForSuite } from "../support/thread-parts";
import { startWebhookReceiver } from "../support/webhook-receiver";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
const get = (url: string) =>
  handlePublicRequest({ method: "GET", url, headers: { "user-agent": CHROME }, remoteAddress: "81.2.69.142" });
const LINK = { kind: "link" as const, targetUrl: "https://example.com/unreadable", campaign: "unreadable-keys" };

/** The error lines logged about this secret, as an operator reads them. */
const linesAbout = (spy: { mock: { calls: unknown[][] } }, what: string) =>
  spy.mock.calls.filter((call) => String(call[1]).startsWith(what));

let admin: Actor;
beforeAll(async () => {
  admin = await userActor("admin");
});
afterEach(() => vi.restoreAllMocks());

describe("a signing key sealed under another AUTH_SECRET", () => {
  let v1Link: string;
  let v1Pixel: string;
  let v2Link: string;
  /** What the first key list that met version 2 logged: the report is once per thread. */
  let firstReport: unknown[][];

  // Other suites share the database and its keys: start from none and leave none.
  beforeAll(async () => {
    await getDb().signingKey.deleteMany();
    invalidateKeyRing();
    await ensureSigningKey();
    v1Link = await signLink(LINK);
    v1Pixel = await signLink({ kind: "pixel", campaign: LINK.campaign });
    // Version 2 made by an instance with another secret (or before this one's was changed).
    v2Link = await underAnotherAuthSecret(async () => {
      await rotateSigningKey(admin);
      invalidateKeyRing();
      return signLink(LINK);
    });
    const error = vi.spyOn(logger, "error");
    invalidateKeyRing();
    await getKeyRing();
    firstReport = linesAbout(error, "signing key version 2 cannot be opened");
    error.mockRestore();
  });

  afterAll(async () => {
    await getDb().signingKey.deleteMany();
    invalidateKeyRing();
  });

  it("is skipped with one log line: the other versions' links keep working, its own get the 404 page", async () => {
    expect(firstReport).toHaveLength(1);
    expect(firstReport[0][1]).toContain("was AUTH_SECRET changed");
    const error = vi.spyOn(logger, "error");
    for (let i = 0; i < 3; i++) {
      invalidateKeyRing();
      const link = await get(`/l/${v1Link}`);
      expect(link.status).toBe(302);
      expect(link.headers.location).toBe(LINK.targetUrl);
      expect((await get(`/o/${v1Pixel}.gif`)).status).toBe(200);
      const broken = await get(`/l/${v2Link}`);
      expect(broken.status).toBe(404);
      expect(broken.headers.location).toBeUndefined();
    }
    expect(linesAbout(error, "signing key version 2 cannot be opened")).toEqual([]);
  });

  it("refuses to sign new links while it is the current version, telling the admin to rotate", async () => {
    const err = await expectAppError(signLink(LINK), "conflict");
    expect(err.message).toMatch(/version 2, which signs new links, cannot be opened.*rotate the signing key/);
    expect(await getDb().signingKey.count()).toBe(2);
  });

  it("is flagged in the key list and the CLI listing", async () => {
    expect((await listSigningKeys(admin)).map((k) => [k.version, k.state, k.readable])).toEqual([
      [2, "current", false],
      [1, "active", true],
    ]);
    const { stdout } = await promisify(execFile)(
      path.join(appRoot(), "node_modules/.bin/tsx"),
      ["cli/index.ts", "signing-keys"],
      {
        cwd: appRoot(),
        env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
      },
    );
    expect(stdout).toMatch(/^v2\s+current\s.*CANNOT BE OPENED$/m);
    expect(stdout).toMatch(/^v1\s+active\s+\S+\s+-$/m);
    expect(stdout).toContain("Warning: v2 cannot be opened with this AUTH_SECRET");
    expect(stdout).toContain("Nothing can be signed until you rotate (--rotate)");
  }, 40_000);

  it("stops blocking once the admin rotates: new links are signed with the new version", async () => {
    const rotated = await rotateSigningKey(admin);
    try {
      expect(rotated.version).toBe(3);
      const fresh = await signLink(LINK);
      expect((await get(`/l/${fresh}`)).status).toBe(302);
      expect((await get(`/l/${v1Link}`)).status).toBe(302);
      expect((await get(`/l/${v2Link}`)).status).toBe(404);
      expect((await listSigningKeys(admin)).map((k) => k.readable)).toEqual([true, false, true]);
    } finally {
      // The other tests here are about version 2 being the current one.
      await getDb().signingKey.delete({ where: { version: rotated.version } });
      invalidateKeyRing();
    }
  });
});

describe("a webhook secret sealed under another AUTH_SECRET", () => {
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const made: string[] = [];

  withConfigForSuite({ ALLOW_PRIVATE_WEBHOOKS: true });
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await getDb().webhookDestination.deleteMany({ where: { id: { in: made } } });
    await receiver.close();
  });

  const create = async (name: string) => {
    const webhook = await createWebhook(admin, { name, url: receiver.url(`/${name}`) });
    made.push(webhook.id);
    return webhook;
  };

  it("is listed for the admin warning; its events fail with the reason, logged once", async () => {
    const broken = await underAnotherAuthSecret(() => create("broken"));
    const fine = await create("fine");
    const unreadable = await listUnreadableWebhookSecrets(admin);
    expect(unreadable).toContainEqual({ id: broken.id, name: "broken" });
    expect(unreadable.map((w) => w.id)).not.toContain(fine.id);

    const error = vi.spyOn(logger, "error");
    for (let i = 0; i < 2; i++) {
      const delivery = await sendTestEvent(admin, broken.id);
      expect(delivery.log.at(-1)?.error).toContain("cannot be opened (was AUTH_SECRET changed?): rotate the secret");
    }
    expect(receiver.on("/broken")).toHaveLength(0);
    expect(linesAbout(error, `the secret of webhook destination ${broken.id} cannot be opened`)).toHaveLength(1);
    expect((await sendTestEvent(admin, fine.id)).status).toBe("delivered");
  });

  it("signs with the current secret alone when only the rotated-out one cannot be opened", async () => {
    const webhook = await underAnotherAuthSecret(() => create("rotated"));
    const { secret } = await rotateWebhookSecret(admin, webhook.id);
    expect((await listUnreadableWebhookSecrets(admin)).map((w) => w.id)).not.toContain(webhook.id);
    const delivery = await sendTestEvent(admin, webhook.id);
    expect(delivery.status).toBe("delivered");
    const [request] = receiver.on("/rotated");
    const header = request.headers[SIGNATURE_HEADER.toLowerCase()] as string;
    expect(verifySignature(header, request.body, Buffer.from(secret, "hex"))).toEqual({ ok: true });
  });
});
