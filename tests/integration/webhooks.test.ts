import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as item from "../../app/api/v1/webhooks/[id]/route";
import * as rotate from "../../app/api/v1/webhooks/[id]/rotate-secret/route";
import * as collection from "../../app/api/v1/webhooks/route";
import type { Actor } from "../../lib/auth/roles";
import { getDb } from "../../lib/db/client";
import type { Resolver } from "../../lib/webhooks/check-webhook-url";
import { createWebhook } from "../../lib/webhooks/create-webhook";
import { deleteWebhook } from "../../lib/webhooks/delete-webhook";
import { getWebhook } from "../../lib/webhooks/get-webhook";
import { listWebhooks } from "../../lib/webhooks/list-webhooks";
import { rotateWebhookSecret } from "../../lib/webhooks/rotate-webhook-secret";
import { updateWebhook } from "../../lib/webhooks/update-webhook";
import { signPayload, verifySignature } from "../../lib/webhooks/signature";
import { openWebhookSecret, PREVIOUS_SECRET_GRACE_MS, webhookSigningSecrets } from "../../lib/webhooks/webhook-secret";
import { apiKeyOf, userActor } from "../support/actors";
import { expectAppError } from "../support/expect-app-error";
import { withConfig } from "../support/thread-parts";

/** A public literal address: no DNS in tests unless a resolver is injected. */
const PUBLIC_URL = "https://93.184.215.14/hooks/clicktrail";
const BASE = "http://localhost/api/v1/webhooks";
const none = { params: Promise.resolve({}) } as never;
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const resolvesTo =
  (...addresses: string[]): Resolver =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

let admin: Actor;
let editor: Actor;
let viewer: Actor;
let adminKey: string;
let editorKey: string;
const created: string[] = [];

function call(method: string, url: string, key: string, body?: unknown) {
  return new Request(url, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function sealedSecretOf(id: string): Promise<Uint8Array> {
  const row = await getDb().webhookDestination.findUniqueOrThrow({ where: { id }, select: { secret: true } });
  return row.secret;
}

function withPrivateAllowed<T>(fn: () => Promise<T>): Promise<T> {
  return withConfig({ ALLOW_PRIVATE_WEBHOOKS: true }, fn);
}

beforeAll(async () => {
  [admin, editor, viewer] = await Promise.all([userActor("admin"), userActor("editor"), userActor("viewer")]);
  [adminKey, editorKey] = await Promise.all([apiKeyOf("admin"), apiKeyOf("editor")]);
});

// The database is shared with the other suites: remove the destinations made here.
afterAll(async () => {
  await getDb().webhookDestination.deleteMany({ where: { id: { in: created } } });
});

describe("webhook destination services", () => {
  it("creates, reads, lists, updates and deletes, auditing each change", async () => {
    const made = await createWebhook(admin, {
      name: " CRM ",
      url: PUBLIC_URL,
      eventTypes: ["redirect.clicked", "signup", "signup"],
      tags: ["launch"],
    });
    created.push(made.id);
    expect(made).toMatchObject({
      name: "CRM",
      url: PUBLIC_URL,
      eventTypes: ["redirect.clicked", "signup"],
      redirectIds: [],
      tags: ["launch"],
      format: "json",
      tracardiSourceId: null,
      enabled: true,
      disabledReason: null,
    });
    expect(made.createdBy).toMatch(/@example\.com$/);

    const got = await getWebhook(admin, made.id);
    expect(got).not.toHaveProperty("secret");
    expect(got).toEqual(Object.fromEntries(Object.entries(made).filter(([k]) => k !== "secret")));
    expect((await listWebhooks(admin)).items.map((w) => w.id)).toContain(made.id);

    const updated = await updateWebhook(admin, made.id, {
      format: "tracardi",
      tracardiSourceId: "src-1",
      redirectIds: ["promo"],
    });
    expect(updated).toMatchObject({ format: "tracardi", tracardiSourceId: "src-1", redirectIds: ["promo"], name: "CRM" });

    await deleteWebhook(admin, made.id);
    await expectAppError(getWebhook(admin, made.id), "not_found");
    await expectAppError(deleteWebhook(admin, made.id), "not_found");

    const audit = await getDb().auditLog.findMany({
      where: { entityType: "webhook", entityId: made.id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["webhook.create", "webhook.update", "webhook.delete"]);
    expect(audit.every((a) => a.actorId === admin.userId)).toBe(true);
    expect(audit[1]!.before).toMatchObject({ format: "json" });
    expect(audit[1]!.after).toMatchObject({ format: "tracardi" });
    expect(JSON.stringify(audit)).not.toContain(made.secret);
  });

  it("shows the secret once, stores it sealed and replaces it on rotation", async () => {
    const made = await createWebhook(admin, { name: "Sealed", url: PUBLIC_URL });
    created.push(made.id);
    expect(made.secret).toMatch(/^[0-9a-f]{64}$/);
    const secret = Buffer.from(made.secret, "hex");

    const sealed = await sealedSecretOf(made.id);
    expect(Buffer.from(sealed).includes(secret)).toBe(false);
    expect(Buffer.from(sealed).toString("latin1")).not.toContain(made.secret);
    expect(openWebhookSecret(made.id, sealed).equals(secret)).toBe(true);
    // Bound to its row: the same bytes under another destination's ID do not open.
    expect(() => openWebhookSecret(`${made.id}x`, sealed)).toThrow();

    const rotated = await rotateWebhookSecret(admin, made.id);
    expect(rotated.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(rotated.secret).not.toBe(made.secret);
    expect(rotated).toMatchObject({ id: made.id, name: "Sealed" });
    const row = await getDb().webhookDestination.findUniqueOrThrow({ where: { id: made.id } });
    expect(openWebhookSecret(made.id, row.secret).toString("hex")).toBe(rotated.secret);
    expect(Buffer.from(row.previousSecret!).includes(secret)).toBe(false);

    // Rotated mid-flight: a receiver still holding the old secret, or already the new one,
    // accepts a delivery signed now; once the grace period ends only the new one signs.
    const body = '{"id":"evt_1"}';
    const t = Math.floor(Date.now() / 1000);
    const header = signPayload(webhookSigningSecrets(row), body, t);
    expect(verifySignature(header, body, secret)).toEqual({ ok: true });
    expect(verifySignature(header, body, Buffer.from(rotated.secret, "hex"))).toEqual({ ok: true });
    const later = new Date(Date.now() + PREVIOUS_SECRET_GRACE_MS + 1000);
    const afterGrace = webhookSigningSecrets(row, later);
    expect(afterGrace.map((k) => k.toString("hex"))).toEqual([rotated.secret]);
    const laterHeader = signPayload(afterGrace, body, Math.floor(later.getTime() / 1000));
    expect(verifySignature(laterHeader, body, secret, { now: later })).toEqual({ ok: false, reason: "mismatch" });

    // A second rotation keeps only the one before it.
    const again = await rotateWebhookSecret(admin, made.id);
    const keys = webhookSigningSecrets(await getDb().webhookDestination.findUniqueOrThrow({ where: { id: made.id } }));
    expect(keys.map((k) => k.toString("hex"))).toEqual([again.secret, rotated.secret]);

    const audit = await getDb().auditLog.findFirstOrThrow({ where: { entityId: made.id, action: "webhook.rotate-secret" } });
    expect(JSON.stringify(audit)).not.toContain(rotated.secret);
    await expectAppError(rotateWebhookSecret(admin, "no-such-webhook"), "not_found");
  });

  it("re-enabling clears the reason a destination was disabled", async () => {
    const made = await createWebhook(admin, { name: "Flaky", url: PUBLIC_URL });
    created.push(made.id);
    await getDb().webhookDestination.update({ where: { id: made.id }, data: { enabled: false, disabledReason: "100 failures" } });
    expect((await getWebhook(admin, made.id)).disabledReason).toBe("100 failures");
    const enabled = await updateWebhook(admin, made.id, { enabled: true });
    expect(enabled).toMatchObject({ enabled: true, disabledReason: null });
    const renamed = await updateWebhook(admin, made.id, { name: "Steady" });
    expect(renamed).toMatchObject({ name: "Steady", enabled: true });
  });

  it("refuses editors and viewers, and stores nothing", async () => {
    const before = await getDb().webhookDestination.count();
    for (const actor of [editor, viewer]) {
      await expectAppError(createWebhook(actor, { name: "No", url: PUBLIC_URL }), "forbidden");
      await expectAppError(listWebhooks(actor), "forbidden");
    }
    expect(await getDb().webhookDestination.count()).toBe(before);
    const made = await createWebhook(admin, { name: "Admin only", url: PUBLIC_URL });
    created.push(made.id);
    for (const actor of [editor, viewer]) {
      await expectAppError(getWebhook(actor, made.id), "forbidden");
      await expectAppError(updateWebhook(actor, made.id, { enabled: false }), "forbidden");
      await expectAppError(rotateWebhookSecret(actor, made.id), "forbidden");
      await expectAppError(deleteWebhook(actor, made.id), "forbidden");
    }
    expect((await getWebhook(admin, made.id)).enabled).toBe(true);
  });

  it("validates every field with a message per field", async () => {
    const err = await expectAppError(
      createWebhook(admin, {
        name: "",
        url: PUBLIC_URL,
        eventTypes: ["bad type!", "redirect"],
        redirectIds: ["bad id!"],
        format: "xml",
        enabled: "yes",
        extra: 1,
      }),
      "bad_request",
    );
    expect(Object.keys(err.details ?? {}).sort()).toEqual(
      ["_", "enabled", "eventTypes.0", "eventTypes.1", "format", "name", "redirectIds.0"].sort(),
    );
    expect(err.details?.["eventTypes.1"]).toEqual(['plain clicks are sent as "redirect.clicked"']);
    const tracardi = await expectAppError(
      createWebhook(admin, { name: "T", url: PUBLIC_URL, format: "tracardi" }),
      "bad_request",
    );
    expect(tracardi.details).toHaveProperty("tracardiSourceId");

    const made = await createWebhook(admin, { name: "J", url: PUBLIC_URL });
    created.push(made.id);
    // Switching to tracardi later needs the source ID too: checked on the merged destination.
    const switched = await expectAppError(updateWebhook(admin, made.id, { format: "tracardi" }), "bad_request");
    expect(switched.details).toHaveProperty("tracardiSourceId");
    expect((await getWebhook(admin, made.id)).format).toBe("json");
  });
});

describe("webhook URL safety", () => {
  const refused = [
    "http://127.0.0.1/hook",
    "http://127.8.9.10:8080/hook",
    "http://10.1.2.3/hook",
    "http://192.168.1.20/hook",
    "http://172.16.0.5/hook",
    "http://100.64.0.1/hook",
    "http://169.254.169.254/latest/meta-data",
    "http://0.0.0.0/hook",
    "http://224.0.0.1/hook",
    "http://[::1]/hook",
    "http://[::]/hook",
    "http://[fc00::1]/hook",
    "http://[fd12:3456::1]/hook",
    "http://[fe80::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://0x7f.1/hook", // 127.0.0.1, as the URL parser reads it
  ];

  it.each(refused)("refuses %s", async (url) => {
    const err = await expectAppError(createWebhook(admin, { name: "Private", url }), "bad_request");
    expect(err.details?.url?.[0]).toMatch(/private or local/);
  });

  it("refuses a host name that resolves to a private address, and one that does not resolve", async () => {
    const err = await expectAppError(
      createWebhook(
        admin,
        { name: "Rebind", url: "https://hooks.example.com/x" },
        { resolve: resolvesTo("93.184.215.14", "10.0.0.8") },
      ),
      "bad_request",
    );
    expect(err.details?.url?.[0]).toMatch(/resolves to a private or local address \(10\.0\.0\.8\)/);
    const unresolved = await expectAppError(
      createWebhook(
        admin,
        { name: "Nowhere", url: "https://nowhere.invalid/x" },
        {
          resolve: async () => {
            throw new Error("ENOTFOUND");
          },
        },
      ),
      "bad_request",
    );
    expect(unresolved.details?.url?.[0]).toMatch(/could not be resolved/);

    const ok = await createWebhook(
      admin,
      { name: "Public host", url: "https://hooks.example.com/x" },
      { resolve: resolvesTo("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c") },
    );
    created.push(ok.id);
  });

  it("re-checks the URL on update and keeps the old one when refused", async () => {
    const made = await createWebhook(admin, { name: "Move", url: PUBLIC_URL });
    created.push(made.id);
    await expectAppError(updateWebhook(admin, made.id, { url: "http://192.168.0.1/" }), "bad_request");
    await expectAppError(
      updateWebhook(admin, made.id, { url: "https://internal.example.com/" }, { resolve: resolvesTo("fd00::5") }),
      "bad_request",
    );
    expect((await getWebhook(admin, made.id)).url).toBe(PUBLIC_URL);
  });

  it("refuses other schemes and credentials even when private addresses are allowed", async () => {
    for (const url of ["ftp://93.184.215.14/x", "file:///etc/passwd", "https://user:pass@93.184.215.14/x", "not a url"]) {
      await withPrivateAllowed(() => expectAppError(createWebhook(admin, { name: "Bad", url }), "bad_request"));
    }
  });

  it("allows private addresses with ALLOW_PRIVATE_WEBHOOKS", async () => {
    const made = await withPrivateAllowed(async () => {
      const hostOnLan = await createWebhook(
        admin,
        { name: "LAN", url: "http://lan-box.local/x" },
        { resolve: resolvesTo("192.168.1.9") },
      );
      created.push(hostOnLan.id);
      return createWebhook(admin, { name: "Local", url: "http://127.0.0.1:9000/hook" });
    });
    created.push(made.id);
    expect(made.url).toBe("http://127.0.0.1:9000/hook");
  });
});

describe("/api/v1/webhooks", () => {
  it("creates (secret once), reads, lists, updates, rotates and deletes", async () => {
    const res = await collection.POST(
      call("POST", BASE, adminKey, { name: "API", url: PUBLIC_URL, eventTypes: ["email.opened"] }),
      none,
    );
    expect(res.status).toBe(201);
    const made = await res.json();
    created.push(made.id);
    expect(made).toMatchObject({ name: "API", eventTypes: ["email.opened"], format: "json" });
    expect(made.secret).toMatch(/^[0-9a-f]{64}$/);

    const got = await item.GET(call("GET", `${BASE}/${made.id}`, adminKey), withId(made.id));
    expect(got.status).toBe(200);
    const body = await got.json();
    expect(body).not.toHaveProperty("secret");
    expect(body.url).toBe(PUBLIC_URL);

    const list = await (await collection.GET(call("GET", BASE, adminKey), none)).json();
    const listed = list.items.find((w: { id: string }) => w.id === made.id);
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty("secret");

    const patched = await item.PATCH(call("PATCH", `${BASE}/${made.id}`, adminKey, { enabled: false }), withId(made.id));
    expect(patched.status).toBe(200);
    expect((await patched.json()).enabled).toBe(false);

    const rotated = await rotate.POST(call("POST", `${BASE}/${made.id}/rotate-secret`, adminKey), withId(made.id));
    expect(rotated.status).toBe(200);
    const { secret } = await rotated.json();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(secret).not.toBe(made.secret);
    expect(openWebhookSecret(made.id, await sealedSecretOf(made.id)).toString("hex")).toBe(secret);

    const deleted = await item.DELETE(call("DELETE", `${BASE}/${made.id}`, adminKey), withId(made.id));
    expect(deleted.status).toBe(204);
    const gone = await item.GET(call("GET", `${BASE}/${made.id}`, adminKey), withId(made.id));
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.code).toBe("not_found");
  });

  it("answers 400 with details for bad input and a private URL", async () => {
    const bad = await collection.POST(call("POST", BASE, adminKey, { name: 5, url: PUBLIC_URL, format: "xml" }), none);
    expect(bad.status).toBe(400);
    const { error } = await bad.json();
    expect(error.code).toBe("bad_request");
    expect(Object.keys(error.details).sort()).toEqual(["format", "name"]);

    const local = await collection.POST(call("POST", BASE, adminKey, { name: "Local", url: "http://[::1]:3000/" }), none);
    expect(local.status).toBe(400);
    expect((await local.json()).error.details.url[0]).toMatch(/private or local/);
  });

  it("answers 403 to an editor key, and stores nothing", async () => {
    const before = await getDb().webhookDestination.count();
    const res = await collection.POST(call("POST", BASE, editorKey, { name: "Editor", url: PUBLIC_URL }), none);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("forbidden");
    expect((await collection.GET(call("GET", BASE, editorKey), none)).status).toBe(403);
    expect(await getDb().webhookDestination.count()).toBe(before);
  });
});
