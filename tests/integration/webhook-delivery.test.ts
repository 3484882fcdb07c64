import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as deliveriesRoute from "../../app/api/v1/webhooks/[id]/deliveries/route";
import * as testRoute from "../../app/api/v1/webhooks/[id]/test/route";
import type { Actor } from "../../lib/auth/roles";
import { getDb, getDbProvider } from "../../lib/db/client";
import { handlePublicRequest } from "../../lib/public-endpoints/handle-public-request";
import { eraseSession } from "../../lib/privacy/erase-session";
import { DELIVERY_LOG_DAYS, runRetention } from "../../lib/privacy/retention";
import { createRedirect } from "../../lib/redirects/create-redirect";
import { claimDeliveries } from "../../lib/webhooks/delivery/claim-deliveries";
import { createDeliveryLoop, type DeliveryLoop, type DeliveryLoopOptions } from "../../lib/webhooks/delivery/delivery-loop";
import type { RetryPolicy } from "../../lib/webhooks/delivery/retry-policy";
import { SNIPPET_BYTES } from "../../lib/webhooks/delivery/send-webhook";
import { EVENT_ID_HEADER } from "../../lib/webhooks/delivery/webhook-request";
import { createWebhook } from "../../lib/webhooks/create-webhook";
import { deleteWebhook } from "../../lib/webhooks/delete-webhook";
import { webhookEventSchema } from "../../lib/webhooks/event-payload";
import { webhookEventType } from "../../lib/webhooks/event-type";
import { listDeliveries } from "../../lib/webhooks/list-deliveries";
import { redeliverDelivery } from "../../lib/webhooks/redeliver-delivery";
import { redeliverFailed } from "../../lib/webhooks/redeliver-failed";
import { rotateWebhookSecret } from "../../lib/webhooks/rotate-webhook-secret";
import type { WebhookCreateInput } from "../../lib/webhooks/schema";
import { sendTestEvent, TEST_EVENT_TYPE } from "../../lib/webhooks/send-test-event";
import { SIGNATURE_HEADER, verifySignature } from "../../lib/webhooks/signature";
import { updateWebhook } from "../../lib/webhooks/update-webhook";
import { apiKeyOf, uid, userActor } from "../support/actors";
import { expectAppError } from "../support/expect-app-error";
import { rawClick } from "../support/raw-click";
import { storeClickNow, withConfigForSuite } from "../support/thread-parts";
import { startWebhookReceiver, waitFor, type ReceivedRequest } from "../support/webhook-receiver";

const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
/** Retries within milliseconds, so a test sees several attempts. */
const FAST_RETRY: RetryPolicy = { delayMs: () => 20, disableAfter: { failures: 1000, durationMs: 0 } };

type Receiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

let admin: Actor;
let receiver: Receiver;
let workers: DeliveryLoop[] = [];
const destinations: string[] = [];
// Destinations on 127.0.0.1 are refused unless the installation allows private addresses.
withConfigForSuite({ ALLOW_PRIVATE_WEBHOOKS: true });

beforeAll(async () => {
  admin = await userActor("admin");
  let hung = 0;
  receiver = await startWebhookReceiver({
    "/fail": (_req, res) => res.writeHead(500, { "content-type": "text/plain" }).end("receiver says no"),
    "/hang": () => void hung++,
    "/loop": (_req, res) => res.writeHead(302, { location: "/loop" }).end(),
    "/huge": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("x".repeat(5 * 1024 * 1024));
    },
    "/flaky": (_req, res, n) => {
      if (n === 1) res.writeHead(500).end("first try fails");
      else if (n === 2)
        return; // the second hangs until the worker's timeout
      else res.writeHead(200).end("ok");
    },
    "/slow": (_req, res) => setTimeout(() => res.writeHead(204).end(), 30),
  });
});

afterEach(async () => {
  await Promise.all(workers.map((w) => w.stop(0)));
  workers = [];
  for (const id of destinations.splice(0)) await deleteWebhook(admin, id).catch(() => undefined);
  receiver.received.length = 0;
});

afterAll(async () => {
  await receiver.close();
});

async function destination(path: string, over: Partial<WebhookCreateInput> = {}) {
  const created = await createWebhook(admin, { name: uid("dest"), url: receiver.url(path), ...over });
  destinations.push(created.id);
  return created;
}

/** The production timeout unless a test is about timeouts: a short one fails sends on a loaded machine. */
function worker(over: Partial<DeliveryLoopOptions> = {}): DeliveryLoop {
  const w = createDeliveryLoop({
    db: getDb(),
    provider: getDbProvider(),
    allowPrivate: true,
    pollMs: 50,
    retryPolicy: FAST_RETRY,
    ...over,
  });
  workers.push(w);
  w.start();
  return w;
}

const deliveriesOf = (destinationId: string) =>
  getDb().webhookDelivery.findMany({
    where: { destinationId },
    orderBy: { id: "asc" },
    include: { log: { orderBy: { id: "asc" } } },
  });

const secretBytes = (hex: string) => Buffer.from(hex, "hex");

function verified(req: ReceivedRequest, secret: string) {
  return verifySignature(req.headers[SIGNATURE_HEADER.toLowerCase()] as string, req.body, secretBytes(secret));
}

describe("webhook delivery", () => {
  it("sends a followed redirect to a local receiver, signed, woken by the outbox signal", async () => {
    const dest = await destination("/ok");
    const redirect = await createRedirect(admin, {
      name: "Spring sale",
      targetUrl: "https://example.com/spring",
      tags: ["spring"],
    });
    // No poll within the test's timeout, and its look at start-up is over before the click:
    // only the outbox signal can make it send.
    const w = worker({ pollMs: 60_000 });
    await w.idle();

    const res = await handlePublicRequest({
      method: "GET",
      url: `/redirect/${redirect.id}/session-42`,
      headers: { "user-agent": CHROME },
      remoteAddress: "203.0.113.7",
    });
    expect(res.status).toBe(302);
    const [req] = await receiver.arrived("/ok");
    await w.idle();
    expect(receiver.on("/ok")).toHaveLength(1);
    expect(verified(req, dest.secret)).toEqual({ ok: true });
    expect(req.headers["content-type"]).toBe("application/json");
    const event = webhookEventSchema.parse(JSON.parse(req.body));
    const click = await getDb().click.findFirstOrThrow({ where: { redirectId: redirect.id } });
    expect(event).toMatchObject({
      id: `evt_${click.id}`,
      type: "redirect.clicked",
      redirect: { id: redirect.id, name: "Spring sale" },
      session: "session-42",
      context: { source: "redirect", browser: "Chrome", isBot: false },
    });
    expect(req.headers[EVENT_ID_HEADER.toLowerCase()]).toBe(event.id);
    const [delivery] = await deliveriesOf(dest.id);
    expect(delivery).toMatchObject({ clickId: click.id, eventId: event.id, status: "delivered", lastStatus: 204, attempts: 1 });
    expect(delivery.log).toHaveLength(1);
    expect(delivery.log[0]).toMatchObject({ statusCode: 204, error: null });
  });

  it("queues an event only for the destinations whose filters it passes, in the click's transaction", async () => {
    const tagged = await createRedirect(admin, { name: "Tagged", targetUrl: "https://example.com/t", tags: ["vip"] });
    const plain = await createRedirect(admin, { name: "Plain", targetUrl: "https://example.com/p", eventType: "signup" });
    const all = await destination("/ok");
    const byRedirect = await destination("/ok", { redirectIds: [plain.id] });
    const byTag = await destination("/ok", { tags: ["vip"] });
    const opensOnly = await destination("/ok", { eventTypes: ["email.opened"] });
    const signups = await destination("/ok", { eventTypes: ["signup"] });
    const off = await destination("/ok", { enabled: false });

    await storeClickNow(rawClick(tagged.id));
    await storeClickNow(rawClick(plain.id, { eventType: "signup" }));
    await storeClickNow(rawClick(null, { source: "pixel", eventType: "open", properties: { tags: ["vip"] } }));

    const types = async (id: string) => (await deliveriesOf(id)).map((d) => d.eventType);
    expect(await types(all.id)).toEqual(["redirect.clicked", "signup", "email.opened"]);
    expect(await types(byRedirect.id)).toEqual(["signup"]);
    expect(await types(byTag.id)).toEqual(["redirect.clicked", "email.opened"]); // the pixel's own tags count
    expect(await types(opensOnly.id)).toEqual(["email.opened"]);
    expect(await types(signups.id)).toEqual(["signup"]);
    expect(await types(off.id)).toEqual([]);
    // Every outbox row names a stored click and carries the click's event ID.
    for (const d of await deliveriesOf(all.id)) {
      const click = await getDb().click.findUniqueOrThrow({ where: { id: d.clickId! } });
      expect(d.eventId).toBe(`evt_${click.id}`);
      expect(webhookEventType(click)).toBe(d.eventType);
      expect(d.status).toBe("pending");
    }
  });

  it("retries after a 500 and a timeout, then delivers, logging every attempt", async () => {
    const dest = await destination("/flaky");
    await storeClickNow(rawClick(null));
    // Long enough that only the request left hanging times out, however loaded the machine.
    const w = worker({ timeoutMs: 1_000 });
    await receiver.arrived("/flaky", 3);
    await w.idle();
    const [d] = await deliveriesOf(dest.id);
    expect(d.log.map((a) => [a.statusCode, a.error])).toEqual([
      [500, "HTTP 500"],
      [null, "timed out after 1000 ms"],
      [200, null],
    ]);
    expect(d.log[0].responseSnippet).toBe("first try fails");
    expect(d.log[1].durationMs).toBeGreaterThanOrEqual(990);
    const ids = new Set(receiver.on("/flaky").map((r) => JSON.parse(r.body).id));
    expect(ids).toEqual(new Set([d.eventId])); // three requests, one event ID
    const after = await getDb().webhookDestination.findUniqueOrThrow({ where: { id: dest.id } });
    expect(after).toMatchObject({ consecutiveFailures: 0, failingSince: null, enabled: true });
  });

  it("disables a destination after repeated consecutive failures, saying why, and queues nothing for it then", async () => {
    const dest = await destination("/fail");
    await storeClickNow(rawClick(null));
    const w = worker({ retryPolicy: { delayMs: () => 20, disableAfter: { failures: 4, durationMs: 0 } } });
    await receiver.arrived("/fail", 4);
    await w.idle();

    const row = await getDb().webhookDestination.findUniqueOrThrow({ where: { id: dest.id } });
    expect(row.enabled).toBe(false);
    expect(row.disabledReason).toMatch(/4 deliveries in a row failed since .*The last error: HTTP 500\./);
    const [d] = await deliveriesOf(dest.id);
    expect(d.log).toHaveLength(4);
    expect(d.log.every((a) => a.statusCode === 500 && a.responseSnippet === "receiver says no")).toBe(true);

    await storeClickNow(rawClick(null));
    expect(await deliveriesOf(dest.id)).toHaveLength(1);
    // A full look at the outbox, claims and sends included, finds nothing it may send.
    w.wake();
    await w.idle();
    expect(receiver.on("/fail")).toHaveLength(4);
  });

  it("gives up on an event once its delivery window has passed; redeliver-all-failed sends it again", async () => {
    const dest = await destination("/fail");
    await storeClickNow(rawClick(null));
    await getDb().webhookDelivery.updateMany({
      where: { destinationId: dest.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    const w = worker();
    await w.idle();
    expect((await deliveriesOf(dest.id))[0]).toMatchObject({ status: "failed", log: [expect.anything()] });

    await getDb().webhookDestination.update({ where: { id: dest.id }, data: { url: receiver.url("/ok") } });
    expect(await redeliverFailed(admin, dest.id)).toEqual({ count: 1 });
    await receiver.arrived("/ok");
    await w.idle();
    expect((await deliveriesOf(dest.id))[0].status).toBe("delivered");
  });

  it("an admin re-enabling a destination clears its streak and sends what waited", async () => {
    const dest = await destination("/fail");
    await storeClickNow(rawClick(null));
    const w = worker({ retryPolicy: { delayMs: () => 20, disableAfter: { failures: 2, durationMs: 0 } } });
    await receiver.arrived("/fail", 2);
    await w.idle();
    expect((await getDb().webhookDestination.findUniqueOrThrow({ where: { id: dest.id } })).enabled).toBe(false);
    expect((await deliveriesOf(dest.id))[0].status).toBe("pending");

    await updateWebhook(admin, dest.id, { url: receiver.url("/ok"), enabled: true });
    await receiver.arrived("/ok");
    await w.idle();
    expect((await deliveriesOf(dest.id))[0].status).toBe("delivered");
    const row = await getDb().webhookDestination.findUniqueOrThrow({ where: { id: dest.id } });
    expect(row).toMatchObject({ enabled: true, disabledReason: null, consecutiveFailures: 0, failingSince: null });
  });

  it("loses nothing when the worker is stopped mid-delivery and started again; repeats keep their ID", async () => {
    const dest = await destination("/slow");
    for (let i = 0; i < 120; i++) await storeClickNow(rawClick(null));
    const first = worker({ concurrency: 8 });
    await receiver.arrived("/slow", 30);
    await first.stop(0); // in-flight requests are cut off and go back to the queue

    const pending = (await deliveriesOf(dest.id)).filter((d) => d.status === "pending").length;
    expect(pending).toBeGreaterThan(0);
    worker({ concurrency: 8 });
    await waitFor(async () => (await deliveriesOf(dest.id)).every((d) => d.status === "delivered"), "all delivered");

    const bodies = new Map<string, string>();
    for (const r of receiver.on("/slow")) {
      const { id } = JSON.parse(r.body) as { id: string };
      if (bodies.has(id)) expect(r.body).toBe(bodies.get(id)); // a repeat is the same event
      bodies.set(id, r.body);
    }
    const expected = (await deliveriesOf(dest.id)).map((d) => d.eventId);
    expect(new Set(bodies.keys())).toEqual(new Set(expected));
    expect(expected).toHaveLength(120);
  });

  it("pauses while the redirect thread is saturated and sends everything after", async () => {
    const dest = await destination("/ok");
    const w = worker();
    w.setBusy(true);
    for (let i = 0; i < 150; i++) await storeClickNow(rawClick(null));
    // Woken while paused (as each click's signal does), it takes and sends nothing.
    w.wake();
    await w.idle();
    expect(receiver.on("/ok")).toHaveLength(0);
    const untaken = (await deliveriesOf(dest.id)).filter((d) => d.nextAttemptAt.getTime() <= Date.now()); // not leased
    expect(untaken).toHaveLength(150);
    w.setBusy(false);
    await receiver.arrived("/ok", 150);
    await w.idle();
    expect((await deliveriesOf(dest.id)).every((d) => d.status === "delivered")).toBe(true);
  });

  it("hands back the events it had taken when a pause begins", async () => {
    const dest = await destination("/slow");
    for (let i = 0; i < 300; i++) await storeClickNow(rawClick(null));
    const w = worker({ concurrency: 4 });
    await receiver.arrived("/slow");
    w.setBusy(true);
    await w.idle();
    const sent = receiver.on("/slow").length;
    const rows = await deliveriesOf(dest.id);
    const now = Date.now();
    // Everything not yet answered is due again now, not held under this worker's lease.
    expect(rows.filter((d) => d.status === "pending").every((d) => d.nextAttemptAt.getTime() <= now)).toBe(true);
    expect(rows.filter((d) => d.status === "delivered")).toHaveLength(sent);
    w.setBusy(false);
    await receiver.arrived("/slow", 300);
    await w.idle();
    expect((await deliveriesOf(dest.id)).every((d) => d.status === "delivered")).toBe(true);
  });

  it("stays healthy when a destination is deleted while its events are in flight", async () => {
    const doomed = await destination("/slow");
    for (let i = 0; i < 40; i++) await storeClickNow(rawClick(null));
    const w = worker({ concurrency: 8 });
    await receiver.arrived("/slow");
    await deleteWebhook(admin, doomed.id);
    const next = await destination("/ok");
    await storeClickNow(rawClick(null));
    await receiver.arrived("/ok");
    await w.idle();
    expect((await deliveriesOf(next.id))[0]?.status).toBe("delivered");
  });

  it("hands the deliveries of a worker that died to another once their lease ends", async () => {
    const dest = await destination("/ok");
    for (let i = 0; i < 5; i++) await storeClickNow(rawClick(null));
    const now = new Date();
    // A worker takes them and dies before sending: its lease is all that is left.
    const taken = await claimDeliveries(getDb(), getDbProvider(), 10, now, new Date(now.getTime() + 60_000));
    expect(taken).toHaveLength(5);
    expect(await claimDeliveries(getDb(), getDbProvider(), 10, now, new Date(now.getTime() + 60_000))).toEqual([]);

    const w = worker();
    await w.idle(); // its look at start-up is over
    expect(receiver.on("/ok")).toHaveLength(0); // still leased
    // The lease is the rows' nextAttemptAt: ending it is that time passing. The poll finds them.
    await getDb().webhookDelivery.updateMany({ where: { id: { in: taken } }, data: { nextAttemptAt: new Date(Date.now() - 1) } });
    await receiver.arrived("/ok", 5);
    await w.idle();
    expect((await deliveriesOf(dest.id)).every((d) => d.status === "delivered")).toBe(true);
  });

  it("two workers on one database never take the same delivery", async () => {
    await destination("/ok");
    for (let i = 0; i < 40; i++) await storeClickNow(rawClick(null));
    const now = new Date();
    const lease = new Date(now.getTime() + 60_000);
    const [a, b] = await Promise.all([
      claimDeliveries(getDb(), getDbProvider(), 25, now, lease),
      claimDeliveries(getDb(), getDbProvider(), 25, now, lease),
    ]);
    expect(a.length + b.length).toBe(40);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });

  it("stays healthy with hostile receivers: redirects, huge bodies, hanging, private addresses", async () => {
    const loop = await destination("/loop");
    const huge = await destination("/huge");
    const hang = await destination("/hang");
    await storeClickNow(rawClick(null));
    const w = worker({
      timeoutMs: 1_000,
      retryPolicy: { delayMs: () => 60_000, disableAfter: { failures: 1000, durationMs: 0 } },
    });
    await Promise.all(["/loop", "/huge", "/hang"].map((path) => receiver.arrived(path)));
    await w.idle();
    for (const d of [loop, huge, hang]) expect((await deliveriesOf(d.id))[0].log).toHaveLength(1);
    const [l] = await deliveriesOf(loop.id);
    expect(l.log[0]).toMatchObject({ statusCode: 302, error: "HTTP 302: redirect to /loop not followed" });
    expect(receiver.on("/loop")).toHaveLength(1);
    const [h] = await deliveriesOf(huge.id);
    expect(h.status).toBe("delivered");
    expect(h.log[0].responseSnippet!.length).toBeLessThanOrEqual(SNIPPET_BYTES);
    const [g] = await deliveriesOf(hang.id);
    expect(g.log[0]).toMatchObject({ statusCode: null, error: "timed out after 1000 ms" });
    expect(g.status).toBe("pending");
  });

  it("refuses private addresses at connect time, by literal address or by name", async () => {
    const literal = await destination("/ok");
    const named = await destination("/ok");
    await getDb().webhookDestination.update({
      where: { id: named.id },
      data: { url: receiver.url("/ok").replace("127.0.0.1", "localhost") },
    });
    await storeClickNow(rawClick(null));
    const w = worker({
      allowPrivate: false,
      retryPolicy: { delayMs: () => 60_000, disableAfter: { failures: 1000, durationMs: 0 } },
    });
    await w.idle();
    for (const d of [literal, named]) expect((await deliveriesOf(d.id))[0].log).toHaveLength(1);
    expect((await deliveriesOf(literal.id))[0].log[0].error).toBe("refused: 127.0.0.1 is a private or local address");
    expect((await deliveriesOf(named.id))[0].log[0].error).toMatch(/^refused: localhost resolves to a private or local address/);
    expect(receiver.on("/ok")).toHaveLength(0);
  });

  it("signs with both secrets while a rotation is in progress", async () => {
    const dest = await destination("/ok");
    const rotated = await rotateWebhookSecret(admin, dest.id);
    await storeClickNow(rawClick(null));
    worker();
    const [req] = await receiver.arrived("/ok");
    expect(verified(req, dest.secret)).toEqual({ ok: true });
    expect(verified(req, rotated.secret)).toEqual({ ok: true });
  });

  it("cancels the event of a click erased before it was sent", async () => {
    const dest = await destination("/ok");
    await storeClickNow(rawClick(null, { sessionId: "erase-me-before-delivery" }));
    await eraseSession(admin, "erase-me-before-delivery");
    await worker().idle();
    const [d] = await deliveriesOf(dest.id);
    expect(d.lastError).toMatch(/erased or purged/);
    expect(d.log).toHaveLength(0);
    expect(receiver.received).toHaveLength(0);
  });

  it("sends a test event on request, answers with the attempt, and lists, filters and redelivers", async () => {
    const ok = await destination("/ok", { format: "tracardi", tracardiSourceId: "clicktrail-source" });
    const delivered = await sendTestEvent(admin, ok.id);
    expect(delivered).toMatchObject({ status: "delivered", test: true, lastStatus: 204, eventType: TEST_EVENT_TYPE });
    expect(delivered.log[0]).toMatchObject({ statusCode: 204, error: null });
    const [req] = receiver.on("/ok");
    expect(verified(req, ok.secret)).toEqual({ ok: true });
    expect(JSON.parse(req.body)).toMatchObject({
      source: { id: "clicktrail-source" },
      events: [{ type: TEST_EVENT_TYPE, properties: { test: true } }],
    });

    const failing = await destination("/fail");
    const failed = await sendTestEvent(admin, failing.id);
    expect(failed).toMatchObject({ status: "pending", lastStatus: 500, lastError: "HTTP 500", attempts: 1 });
    expect(failed.log[0]).toMatchObject({ statusCode: 500, responseSnippet: "receiver says no" });
    await getDb().webhookDelivery.update({ where: { id: failed.id }, data: { status: "failed" } });

    const page = await listDeliveries(admin, failing.id, { status: "failed" });
    expect(page.items.map((d) => d.id)).toEqual([failed.id]);
    expect(page.counts).toEqual({ pending: 0, failed: 1 });
    expect((await listDeliveries(admin, failing.id, { status: "delivered" })).items).toEqual([]);

    await getDb().webhookDestination.update({ where: { id: failing.id }, data: { url: receiver.url("/ok") } });
    expect(await redeliverFailed(admin, failing.id)).toEqual({ count: 1 });
    const w = worker();
    await w.idle();
    expect((await deliveriesOf(failing.id))[0].status).toBe("delivered");
    const again = await redeliverDelivery(admin, failing.id, String(failed.id));
    expect(again).toMatchObject({ status: "pending", attempts: 0 });
    await receiver.arrived("/ok", 3); // the test event, the redelivery and this one
    await w.idle();
    expect((await deliveriesOf(failing.id))[0].status).toBe("delivered");
    const sent = receiver.on("/ok").map((r) => JSON.parse(r.body).id as string);
    expect(sent.filter((id) => id === failed.eventId)).toHaveLength(2); // redelivered with the same ID

    await expectAppError(redeliverDelivery(admin, ok.id, String(failed.id)), "not_found");
    await expectAppError(listDeliveries(admin, ok.id, { status: "lost" }), "bad_request");
    await expectAppError(listDeliveries(await userActor("editor"), ok.id, {}), "forbidden");
  });

  it("pages the delivery log newest first", async () => {
    const dest = await destination("/ok");
    for (let i = 0; i < 5; i++) await storeClickNow(rawClick(null));
    const ids = (await deliveriesOf(dest.id)).map((d) => d.id).reverse();
    const first = await listDeliveries(admin, dest.id, { limit: "2" });
    expect(first.items.map((d) => d.id)).toEqual(ids.slice(0, 2));
    const second = await listDeliveries(admin, dest.id, { limit: "2", before: String(first.nextBefore) });
    expect(second.items.map((d) => d.id)).toEqual(ids.slice(2, 4));
    const last = await listDeliveries(admin, dest.id, { limit: "2", before: String(second.nextBefore) });
    expect(last.items.map((d) => d.id)).toEqual(ids.slice(4));
    expect(last.nextBefore).toBeNull();
  });

  it("keeps finished deliveries in the log for 30 days, their attempts with them; waiting ones stay", async () => {
    const dest = await destination("/ok");
    for (let i = 0; i < 3; i++) await storeClickNow(rawClick(null));
    const [oldDone, oldPending, recentDone] = await deliveriesOf(dest.id);
    const longAgo = new Date(Date.now() - (DELIVERY_LOG_DAYS + 1) * 86_400_000);
    await getDb().webhookDelivery.update({ where: { id: oldDone.id }, data: { status: "delivered", createdAt: longAgo } });
    await getDb().webhookDelivery.update({ where: { id: oldPending.id }, data: { createdAt: longAgo } });
    await getDb().webhookDelivery.update({ where: { id: recentDone.id }, data: { status: "delivered" } });
    await getDb().webhookAttempt.create({ data: { deliveryId: oldDone.id, at: longAgo, statusCode: 204, durationMs: 3 } });

    expect((await runRetention()).deliveriesDeleted).toBe(1);
    expect((await deliveriesOf(dest.id)).map((d) => d.id)).toEqual([oldPending.id, recentDone.id]);
    expect(await getDb().webhookAttempt.count({ where: { deliveryId: oldDone.id } })).toBe(0);
  });

  it("serves the log and test events over the REST API with the same rules", async () => {
    const dest = await destination("/ok");
    const adminKey = await apiKeyOf("admin");
    const viewerKey = await apiKeyOf("viewer");
    const call = (key: string, method: string, url: string) =>
      new Request(url, { method, headers: { authorization: `Bearer ${key}` } });
    const params = { params: Promise.resolve({ id: dest.id }) };

    const sent = await testRoute.POST(call(adminKey, "POST", `http://localhost/api/v1/webhooks/${dest.id}/test`), params);
    expect(sent.status).toBe(200);
    expect(await sent.json()).toMatchObject({ status: "delivered", test: true });

    const list = await deliveriesRoute.GET(
      call(adminKey, "GET", `http://localhost/api/v1/webhooks/${dest.id}/deliveries?status=delivered`),
      params,
    );
    expect(list.status).toBe(200);
    expect((await list.json()).items).toHaveLength(1);

    const bad = await deliveriesRoute.GET(
      call(adminKey, "GET", `http://localhost/api/v1/webhooks/${dest.id}/deliveries?limit=5000`),
      params,
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details).toHaveProperty("limit");

    const forbidden = await deliveriesRoute.GET(
      call(viewerKey, "GET", `http://localhost/api/v1/webhooks/${dest.id}/deliveries`),
      params,
    );
    expect(forbidden.status).toBe(403);
    const missing = await deliveriesRoute.GET(call(adminKey, "GET", "http://localhost/api/v1/webhooks/nope/deliveries"), {
      params: Promise.resolve({ id: "nope" }),
    });
    expect(missing.status).toBe(404);
  });
});
