import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as optOutItem from "../../app/api/v1/opt-outs/[sessionId]/route";
import * as optOutCollection from "../../app/api/v1/opt-outs/route";
import * as sessionItem from "../../app/api/v1/sessions/[sessionId]/route";
import * as settingsRoute from "../../app/api/v1/settings/privacy/route";
import { CLI_ACTOR, type Actor } from "../../lib/auth/roles";
import { getDb } from "../../lib/db/client";
import { logger } from "../../lib/logger";
import { addOptOut } from "../../lib/privacy/add-opt-out";
import { countSessionClicks } from "../../lib/privacy/count-session-clicks";
import { eraseSession } from "../../lib/privacy/erase-session";
import { listOptOuts } from "../../lib/privacy/list-opt-outs";
import { getOptOutSet } from "../../lib/privacy/opt-outs";
import { removeOptOut } from "../../lib/privacy/remove-opt-out";
import { RETENTION_BATCH_SIZE, runRetention, startRetentionSchedule } from "../../lib/privacy/retention";
import { getPrivacySettings, readPrivacySettings, updatePrivacySettings } from "../../lib/settings/privacy-settings";
import { DEFAULT_PRIVACY_SETTINGS } from "../../lib/settings/privacy-settings-schema";
import { apiKeyOf, uid, userActor } from "../support/actors";
import { expectAppError } from "../support/expect-app-error";

const DAY = 86_400_000;
let admin: Actor;
let editor: Actor;
let viewer: Actor;

beforeAll(async () => {
  [admin, editor, viewer] = await Promise.all([userActor("admin"), userActor("editor"), userActor("viewer")]);
});

// The database is shared with the other suites: leave the settings as they were found.
afterAll(async () => {
  await updatePrivacySettings(CLI_ACTOR, DEFAULT_PRIVACY_SETTINGS);
});

afterEach(() => vi.restoreAllMocks());

/** Makes the process's caches believe `ms` have passed. */
function advanceClock(ms: number) {
  const now = Date.now();
  vi.spyOn(Date, "now").mockReturnValue(now + ms);
}

function click(over: { at: Date; sessionId?: string | null; ip?: string | null }) {
  return {
    at: over.at,
    sessionId: over.sessionId ?? null,
    ip: over.ip ?? null,
    eventType: "redirect",
    properties: {},
    targetUrl: "https://example.com/privacy",
    source: "redirect",
  };
}

describe("privacy settings", () => {
  it("reads the defaults when nothing is stored", async () => {
    await getDb().setting.deleteMany({ where: { key: "privacy" } });
    expect(await readPrivacySettings(admin)).toEqual({ ipMode: "anonymized", eventRetentionDays: 395, ipRetentionDays: 30 });
  });

  it("changes the given fields, keeps the others, audits and applies in this process at once", async () => {
    const before = await getPrivacySettings();
    const after = await updatePrivacySettings(admin, { ipMode: "none", eventRetentionDays: null });
    expect(after).toEqual({ ipMode: "none", eventRetentionDays: null, ipRetentionDays: before.ipRetentionDays });
    expect(await readPrivacySettings(admin)).toEqual(after);
    expect(await getPrivacySettings()).toEqual(after);

    const audit = await getDb().auditLog.findFirst({
      where: { action: "settings.update", entityId: "privacy", actorId: admin.userId },
      orderBy: { at: "desc" },
    });
    expect(audit?.before).toEqual(before);
    expect(audit?.after).toEqual(after);
    const row = await getDb().setting.findUnique({ where: { key: "privacy" } });
    expect(row?.updatedById).toBe(admin.userId);
  });

  it("picks up a change made by another instance within 5 s", async () => {
    const current = await updatePrivacySettings(admin, { ipMode: "anonymized" });
    await getDb().setting.update({ where: { key: "privacy" }, data: { value: { ...current, ipMode: "full" } } });
    expect((await getPrivacySettings()).ipMode).toBe("anonymized");
    advanceClock(5_001);
    expect((await getPrivacySettings()).ipMode).toBe("full");
  });

  it("refuses invalid values with a message per field and stores nothing", async () => {
    const before = await readPrivacySettings(admin);
    const err = await expectAppError(
      updatePrivacySettings(admin, { ipMode: "partial", eventRetentionDays: 0, ipRetentionDays: 1.5 }),
      "bad_request",
    );
    expect(Object.keys(err.details ?? {}).sort()).toEqual(["eventRetentionDays", "ipMode", "ipRetentionDays"]);
    const longer = await expectAppError(
      updatePrivacySettings(admin, { eventRetentionDays: 10, ipRetentionDays: 20 }),
      "bad_request",
    );
    expect(longer.details).toEqual({ ipRetentionDays: ["must not be longer than click events are kept"] });
    // Checked against the stored values too: IPs may not outlive a shorter event retention.
    await updatePrivacySettings(admin, { eventRetentionDays: 100, ipRetentionDays: 50 });
    await expectAppError(updatePrivacySettings(admin, { eventRetentionDays: 40 }), "bad_request");
    await expectAppError(updatePrivacySettings(admin, { unknown: 1 }), "bad_request");
    await expectAppError(updatePrivacySettings(admin, "none"), "bad_request");
    expect(await readPrivacySettings(admin)).toEqual({ ...before, eventRetentionDays: 100, ipRetentionDays: 50 });
  });

  it("is for admins only", async () => {
    const before = await updatePrivacySettings(admin, { ipMode: "anonymized" });
    for (const actor of [editor, viewer]) {
      await expectAppError(readPrivacySettings(actor), "forbidden");
      await expectAppError(updatePrivacySettings(actor, { ipMode: "full" }), "forbidden");
    }
    expect(await readPrivacySettings(admin)).toEqual(before);
  });
});

describe("opt-out list", () => {
  it("adds, lists, finds and removes a session, with audit entries", async () => {
    const sessionId = uid("optout");
    const added = await addOptOut(admin, { sessionId: ` ${sessionId} `, note: "asked by email" });
    expect(added).toMatchObject({ sessionId, note: "asked by email", createdBy: admin.label.replace("user:", "") });
    const page = await listOptOuts(admin, { q: sessionId.toUpperCase() });
    expect(page.items.map((o) => o.sessionId)).toEqual([sessionId]);
    expect((await listOptOuts(admin, { q: "ASKED BY EMAIL" })).items.map((o) => o.sessionId)).toContain(sessionId);

    await removeOptOut(admin, sessionId);
    expect((await listOptOuts(admin, { q: sessionId })).total).toBe(0);
    const actions = await getDb().auditLog.findMany({
      where: { entityType: "opt-out", entityId: sessionId },
      orderBy: { at: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["opt-out.add", "opt-out.remove"]);
  });

  it("answers 409 for a session already on the list and 404 for one that is not", async () => {
    const sessionId = uid("dup");
    await addOptOut(admin, { sessionId });
    const err = await expectAppError(addOptOut(admin, { sessionId, note: "again" }), "conflict");
    expect(err.details?.sessionId).toBeDefined();
    await expectAppError(removeOptOut(admin, uid("never-added")), "not_found");
  });

  it("refuses invalid session IDs and notes", async () => {
    const err = await expectAppError(addOptOut(admin, { sessionId: "has space", note: "x".repeat(501) }), "bad_request");
    expect(Object.keys(err.details ?? {}).sort()).toEqual(["note", "sessionId"]);
    await expectAppError(addOptOut(admin, { sessionId: "x".repeat(129) }), "bad_request");
    await expectAppError(removeOptOut(admin, "../etc"), "bad_request");
  });

  it("is for admins only", async () => {
    const sessionId = uid("guarded");
    await addOptOut(admin, { sessionId });
    for (const actor of [editor, viewer]) {
      await expectAppError(addOptOut(actor, { sessionId: uid("no") }), "forbidden");
      await expectAppError(removeOptOut(actor, sessionId), "forbidden");
      await expectAppError(listOptOuts(actor, {}), "forbidden");
    }
    expect((await listOptOuts(admin, { q: sessionId })).total).toBe(1);
  });

  it("paginates newest first", async () => {
    const tag = uid("page");
    // A second apart on a fake clock (the client stamps createdAt from Date).
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() - 3_000 });
    try {
      for (let i = 0; i < 3; i++) {
        await addOptOut(admin, { sessionId: `${tag}-${i}` });
        vi.setSystemTime(Date.now() + 1_000);
      }
    } finally {
      vi.useRealTimers();
    }
    const first = await listOptOuts(admin, { q: tag, pageSize: "2" });
    expect(first).toMatchObject({ total: 3, pageCount: 2, page: 1 });
    expect(first.items.map((o) => o.sessionId)).toEqual([`${tag}-2`, `${tag}-1`]);
    const second = await listOptOuts(admin, { q: tag, pageSize: "2", page: "2" });
    expect(second.items.map((o) => o.sessionId)).toEqual([`${tag}-0`]);
  });

  it("updates this process's lookup set at once and another instance's change within 5 s", async () => {
    const mine = uid("set");
    await addOptOut(admin, { sessionId: mine });
    expect((await getOptOutSet()).has(mine)).toBe(true);
    await removeOptOut(admin, mine);
    expect((await getOptOutSet()).has(mine)).toBe(false);

    const theirs = uid("other-instance");
    await getDb().optOut.create({ data: { sessionId: theirs } });
    expect((await getOptOutSet()).has(theirs)).toBe(false);
    advanceClock(5_001);
    expect((await getOptOutSet()).has(theirs)).toBe(true);
  });
});

describe("session erasure", () => {
  it("deletes exactly that session's clicks and records it in the audit log", async () => {
    const target = uid("erase");
    const other = uid("keep");
    const now = new Date();
    await getDb().click.createMany({
      data: [
        click({ at: now, sessionId: target, ip: "203.0.113.1" }),
        click({ at: new Date(now.getTime() - 400 * DAY), sessionId: target }),
        click({ at: now, sessionId: target }),
        click({ at: now, sessionId: other }),
        click({ at: now, sessionId: `${target}x` }),
      ],
    });
    expect(await countSessionClicks(admin, target)).toBe(3);

    expect(await eraseSession(admin, target)).toEqual({ erased: 3 });
    expect(await getDb().click.count({ where: { sessionId: target } })).toBe(0);
    expect(await getDb().click.count({ where: { sessionId: { in: [other, `${target}x`] } } })).toBe(2);
    const audit = await getDb().auditLog.findFirst({ where: { action: "session.erase", entityId: target } });
    expect(audit).toMatchObject({ entityType: "session", actorId: admin.userId, actorLabel: admin.label, after: { erased: 3 } });

    expect(await eraseSession(CLI_ACTOR, target)).toEqual({ erased: 0 });
  });

  it("refuses viewers and editors and deletes nothing", async () => {
    const sessionId = uid("guarded");
    await getDb().click.create({ data: click({ at: new Date(), sessionId }) });
    for (const actor of [editor, viewer]) {
      await expectAppError(eraseSession(actor, sessionId), "forbidden");
      await expectAppError(countSessionClicks(actor, sessionId), "forbidden");
    }
    expect(await getDb().click.count({ where: { sessionId } })).toBe(1);
  });

  it("refuses a malformed session ID under the sessionId field", async () => {
    const err = await expectAppError(eraseSession(admin, "a b"), "bad_request");
    expect(Object.keys(err.details ?? {})).toEqual(["sessionId"]);
    await expectAppError(countSessionClicks(admin, ""), "bad_request");
  });
});

describe("retention", () => {
  const now = new Date();
  const ago = (days: number) => new Date(now.getTime() - days * DAY);

  it("deletes events older than the event retention and blanks older IPs, keeping aggregates", async () => {
    await updatePrivacySettings(admin, { eventRetentionDays: 30, ipRetentionDays: 7 });
    await runRetention(now); // clears whatever older rows the other suites left
    const s = uid("ret");
    const rows = {
      old: click({ at: ago(40), sessionId: `${s}-old`, ip: "203.0.113.1" }),
      oldNoIp: click({ at: ago(31), sessionId: `${s}-oldNoIp` }),
      edge: click({ at: ago(30), sessionId: `${s}-edge`, ip: "203.0.113.2" }),
      ipOld: click({ at: ago(8), sessionId: `${s}-ipOld`, ip: "2001:db8::1" }),
      ipOldNoIp: click({ at: ago(10), sessionId: `${s}-ipOldNoIp` }),
      fresh: click({ at: ago(6), sessionId: `${s}-fresh`, ip: "203.0.113.3" }),
      future: click({ at: ago(-1), sessionId: `${s}-future`, ip: "203.0.113.4" }),
    };
    await getDb().click.createMany({ data: Object.values(rows) });
    const hour = new Date(ago(40).setUTCMinutes(0, 0, 0));
    await getDb().clickHourly.create({ data: { redirectId: s, hour, total: 2, human: 2, bot: 0 } });

    expect(await runRetention(now)).toEqual({ eventsDeleted: 2, ipsPurged: 2, deliveriesDeleted: 0 });

    const left = await getDb().click.findMany({
      where: { sessionId: { startsWith: `${s}-` } },
      select: { sessionId: true, ip: true },
    });
    const bySession = Object.fromEntries(left.map((r) => [r.sessionId!.slice(s.length + 1), r.ip]));
    expect(bySession).toEqual({ edge: null, ipOld: null, ipOldNoIp: null, fresh: "203.0.113.3", future: "203.0.113.4" });
    expect(await getDb().clickHourly.findUnique({ where: { redirectId_hour: { redirectId: s, hour } } })).toMatchObject({
      total: 2,
    });
  });

  it("works through more rows than one batch", async () => {
    await updatePrivacySettings(admin, { eventRetentionDays: 30, ipRetentionDays: 7 });
    await runRetention(now);
    const s = uid("bulk");
    const old = Array.from({ length: 2 * RETENTION_BATCH_SIZE + 7 }, (_, i) =>
      click({ at: ago(31 + (i % 5)), sessionId: s, ip: "203.0.113.9" }),
    );
    const ipOnly = Array.from({ length: RETENTION_BATCH_SIZE + 3 }, () => click({ at: ago(9), sessionId: s, ip: "203.0.113.9" }));
    for (let i = 0; i < old.length; i += 2_000) await getDb().click.createMany({ data: old.slice(i, i + 2_000) });
    for (let i = 0; i < ipOnly.length; i += 2_000) await getDb().click.createMany({ data: ipOnly.slice(i, i + 2_000) });

    expect(await runRetention(now)).toEqual({ eventsDeleted: old.length, ipsPurged: ipOnly.length, deliveriesDeleted: 0 });
    expect(await getDb().click.count({ where: { sessionId: s } })).toBe(ipOnly.length);
    expect(await getDb().click.count({ where: { sessionId: s, ip: { not: null } } })).toBe(0);
  }, 60_000);

  it("keeps everything when both retentions are set to keep forever", async () => {
    await updatePrivacySettings(admin, { eventRetentionDays: null, ipRetentionDays: null });
    const s = uid("forever");
    await getDb().click.create({ data: click({ at: ago(3000), sessionId: s, ip: "203.0.113.5" }) });
    expect(await runRetention(now)).toEqual({ eventsDeleted: 0, ipsPurged: 0, deliveriesDeleted: 0 });
    expect(await getDb().click.findFirst({ where: { sessionId: s } })).toMatchObject({ ip: "203.0.113.5" });
  });

  it("runs on a schedule until stopped", async () => {
    await updatePrivacySettings(admin, { eventRetentionDays: 30, ipRetentionDays: null });
    const oldClick = async () => {
      const s = uid("scheduled");
      await getDb().click.create({ data: click({ at: new Date(Date.now() - 31 * DAY), sessionId: s }) });
      return s;
    };
    const stored = (s: string) => getDb().click.count({ where: { sessionId: s } });
    // A run ends with its "retention run finished" line: the event to await.
    let runEnded = () => {};
    vi.spyOn(logger, "info").mockImplementation(((_: unknown, message?: string) => {
      if (message === "retention run finished") runEnded();
    }) as typeof logger.info);
    const nextRunEnd = () => new Promise<void>((resolve) => (runEnded = resolve));

    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
    const stop = startRetentionSchedule({ firstDelayMs: 60_000, intervalMs: 3_600_000 });
    try {
      const first = await oldClick();
      const firstRun = nextRunEnd();
      await vi.advanceTimersByTimeAsync(59_999);
      expect(await stored(first)).toBe(1); // not due yet
      await vi.advanceTimersByTimeAsync(1);
      await firstRun;
      expect(await stored(first)).toBe(0);
      const second = await oldClick();
      const secondRun = nextRunEnd();
      await vi.advanceTimersByTimeAsync(3_600_000);
      await secondRun;
      expect(await stored(second)).toBe(0);
    } finally {
      stop();
      vi.useRealTimers();
    }
  });
});

describe("REST API", () => {
  let adminKey: string;
  let editorKey: string;

  beforeAll(async () => {
    [adminKey, editorKey] = await Promise.all([apiKeyOf("admin"), apiKeyOf("editor")]);
  });

  const none = { params: Promise.resolve({}) } as never;
  const withSession = (sessionId: string) => ({ params: Promise.resolve({ sessionId }) });

  function call(method: string, url: string, key: string | null, body?: unknown) {
    return new Request(`http://localhost/api/v1${url}`, {
      method,
      headers: { ...(key && { authorization: `Bearer ${key}` }), "content-type": "application/json" },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
  }

  it("reads and changes the privacy settings", async () => {
    const put = await settingsRoute.PUT(
      call("PUT", "/settings/privacy", adminKey, { ipMode: "full", ipRetentionDays: 14, eventRetentionDays: 90 }),
      none,
    );
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ ipMode: "full", eventRetentionDays: 90, ipRetentionDays: 14 });
    const got = await settingsRoute.GET(call("GET", "/settings/privacy", adminKey), none);
    expect(await got.json()).toEqual({ ipMode: "full", eventRetentionDays: 90, ipRetentionDays: 14 });

    const bad = await settingsRoute.PUT(call("PUT", "/settings/privacy", adminKey, { ipRetentionDays: 91 }), none);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details).toEqual({ ipRetentionDays: ["must not be longer than click events are kept"] });
    expect((await settingsRoute.PUT(call("PUT", "/settings/privacy", adminKey, "{nope"), none)).status).toBe(400);
    expect((await settingsRoute.GET(call("GET", "/settings/privacy", null), none)).status).toBe(401);
    expect((await settingsRoute.GET(call("GET", "/settings/privacy", editorKey), none)).status).toBe(403);
    expect((await settingsRoute.PUT(call("PUT", "/settings/privacy", editorKey, { ipMode: "none" }), none)).status).toBe(403);
  });

  it("adds, lists and removes opt-outs", async () => {
    const sessionId = uid("api-optout");
    const created = await optOutCollection.POST(call("POST", "/opt-outs", adminKey, { sessionId, note: "via API" }), none);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ sessionId, note: "via API", createdBy: null });

    const again = await optOutCollection.POST(call("POST", "/opt-outs", adminKey, { sessionId }), none);
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe("conflict");

    const list = await optOutCollection.GET(call("GET", `/opt-outs?q=${sessionId}&pageSize=5`, adminKey), none);
    expect(await list.json()).toMatchObject({ total: 1, pageSize: 5, items: [{ sessionId }] });

    const bad = await optOutCollection.POST(call("POST", "/opt-outs", adminKey, { sessionId: "a/b" }), none);
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.details)).toEqual(["sessionId"]);

    expect((await optOutCollection.GET(call("GET", "/opt-outs", editorKey), none)).status).toBe(403);
    expect((await optOutCollection.POST(call("POST", "/opt-outs", null, { sessionId }), none)).status).toBe(401);
    expect((await optOutItem.DELETE(call("DELETE", `/opt-outs/${sessionId}`, editorKey), withSession(sessionId))).status).toBe(
      403,
    );

    const removed = await optOutItem.DELETE(call("DELETE", `/opt-outs/${sessionId}`, adminKey), withSession(sessionId));
    expect(removed.status).toBe(204);
    const gone = await optOutItem.DELETE(call("DELETE", `/opt-outs/${sessionId}`, adminKey), withSession(sessionId));
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.code).toBe("not_found");
  });

  it("erases a session", async () => {
    const sessionId = uid("api-erase");
    await getDb().click.createMany({ data: [click({ at: new Date(), sessionId }), click({ at: new Date(), sessionId })] });

    expect((await sessionItem.DELETE(call("DELETE", `/sessions/${sessionId}`, null), withSession(sessionId))).status).toBe(401);
    expect((await sessionItem.DELETE(call("DELETE", `/sessions/${sessionId}`, editorKey), withSession(sessionId))).status).toBe(
      403,
    );
    expect(await getDb().click.count({ where: { sessionId } })).toBe(2);

    const res = await sessionItem.DELETE(call("DELETE", `/sessions/${sessionId}`, adminKey), withSession(sessionId));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ erased: 2 });
    expect(await getDb().click.count({ where: { sessionId } })).toBe(0);
    const audit = await getDb().auditLog.findFirst({ where: { action: "session.erase", entityId: sessionId } });
    expect(audit?.actorLabel).toMatch(/^api-key:/);

    const bad = await sessionItem.DELETE(call("DELETE", "/sessions/x", adminKey), withSession("<script>"));
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.details)).toEqual(["sessionId"]);
  });
});
