import { beforeAll, describe, expect, it } from "vitest";
import { getClickBuffer } from "../../lib/clicks/click-buffer";
import { getDb } from "../../lib/db/client";
import { handlePublicRequest } from "../../lib/public-endpoints/handle-public-request";
import { createRedirect } from "../../lib/redirects/create-redirect";
import { deleteRedirect } from "../../lib/redirects/delete-redirect";
import { getRedirect } from "../../lib/redirects/get-redirect";
import { listRedirects, listRedirectTags } from "../../lib/redirects/list-redirects";
import { updateRedirect } from "../../lib/redirects/update-redirect";
import type { Actor } from "../../lib/auth/roles";
import { uid, userActor } from "../support/actors";
import { expectAppError } from "../support/expect-app-error";

let editor: Actor;
let viewer: Actor;

beforeAll(async () => {
  editor = await userActor("editor");
  viewer = await userActor("viewer");
});

describe("redirect services", () => {
  it("creates a redirect with a generated ID and records who did it", async () => {
    const r = await createRedirect(editor, { name: "Generated", targetUrl: "https://example.com/g", tags: ["a", "b"] });
    expect(r.id).toMatch(/^[A-Za-z0-9]{7}$/);
    expect(r.createdBy).toMatch(/@example\.com$/);
    expect(r.tags).toEqual(["a", "b"]);
    const audit = await getDb().auditLog.findFirst({ where: { entityId: r.id, action: "redirect.create" } });
    expect(audit?.actorLabel).toBe(editor.label);
  });

  it("stores every R-1 field as given", async () => {
    const id = uid("full");
    const r = await createRedirect(editor, {
      id,
      name: "Full",
      description: "All fields",
      targetUrl: "https://example.com/full",
      eventType: "promo.click",
      eventProperties: { campaign: "q4", nested: { n: 1 } },
      tags: ["mail"],
      status: "paused",
      statusCode: 308,
      forwardQuery: true,
      trackingDays: 30,
    });
    expect(await getRedirect(viewer, id)).toEqual(r);
    expect(r).toMatchObject({
      eventType: "promo.click",
      eventProperties: { campaign: "q4", nested: { n: 1 } },
      status: "paused",
      statusCode: 308,
      forwardQuery: true,
      trackingDays: 30,
      clickCount: 0,
    });
  });

  it("refuses a taken ID with 409, also after deletion, and never re-points it", async () => {
    const id = uid("taken");
    await createRedirect(editor, { id, name: "One", targetUrl: "https://example.com/1" });
    const err = await expectAppError(createRedirect(editor, { id, name: "Two", targetUrl: "https://example.com/2" }), "conflict");
    expect(err.details?.id).toBeDefined();
    await deleteRedirect(editor, id);
    await expectAppError(createRedirect(editor, { id, name: "Three", targetUrl: "https://example.com/3" }), "conflict");
    await expectAppError(getRedirect(editor, id), "not_found");
    const row = await getDb().redirect.findUnique({ where: { id } });
    expect(row?.targetUrl).toBe("https://example.com/1");
  });

  it("stores nothing when input is invalid and reports each field", async () => {
    const before = await getDb().redirect.count();
    const err = await expectAppError(
      createRedirect(editor, { name: "", targetUrl: "javascript:alert(1)", eventProperties: [] }),
      "bad_request",
    );
    expect(Object.keys(err.details ?? {}).sort()).toEqual(["eventProperties", "name", "targetUrl"]);
    expect(await getDb().redirect.count()).toBe(before);
  });

  it("updates only the given fields and replaces tags", async () => {
    const r = await createRedirect(editor, { name: "Upd", targetUrl: "https://example.com/u", tags: ["x"] });
    const u = await updateRedirect(editor, r.id, { targetUrl: "https://example.com/v", tags: ["y", "z"] });
    expect(u).toMatchObject({ name: "Upd", targetUrl: "https://example.com/v", tags: ["y", "z"] });
    const audit = await getDb().auditLog.findFirst({ where: { entityId: r.id, action: "redirect.update" } });
    expect(audit?.before).toMatchObject({ targetUrl: "https://example.com/u" });
    expect(audit?.after).toMatchObject({ targetUrl: "https://example.com/v" });
  });

  it("keeps the stored redirect when an update is invalid", async () => {
    const r = await createRedirect(editor, { name: "Keep", targetUrl: "https://example.com/k" });
    await expectAppError(updateRedirect(editor, r.id, { targetUrl: "/relative" }), "bad_request");
    expect((await getRedirect(editor, r.id)).targetUrl).toBe("https://example.com/k");
  });

  it("refuses every write to a viewer and stores nothing", async () => {
    const r = await createRedirect(editor, { name: "Guarded", targetUrl: "https://example.com/guard" });
    await expectAppError(createRedirect(viewer, { name: "No", targetUrl: "https://example.com/no" }), "forbidden");
    await expectAppError(updateRedirect(viewer, r.id, { status: "paused" }), "forbidden");
    await expectAppError(deleteRedirect(viewer, r.id), "forbidden");
    expect((await getRedirect(viewer, r.id)).status).toBe("active");
  });

  it("lists with text, tag and status filters, sorting and pagination", async () => {
    const tag = uid("tag");
    const ids = [];
    for (let i = 0; i < 3; i++) {
      const r = await createRedirect(editor, {
        name: `Listed ${tag} ${i}`,
        targetUrl: `https://example.com/list/${i}`,
        tags: [tag],
        status: i === 2 ? "paused" : "active",
      });
      ids.push(r.id);
    }
    const all = await listRedirects(viewer, { tag, sort: "name", order: "asc" });
    expect(all.items.map((r) => r.id)).toEqual(ids);
    expect(all.total).toBe(3);

    const paused = await listRedirects(viewer, { tag, status: "paused" });
    expect(paused.items.map((r) => r.id)).toEqual([ids[2]]);

    const text = await listRedirects(viewer, { q: `LISTED ${tag.toUpperCase()} 1` });
    expect(text.items.map((r) => r.id)).toEqual([ids[1]]);

    const page2 = await listRedirects(viewer, { tag, sort: "name", order: "asc", pageSize: "2", page: "2" });
    expect(page2).toMatchObject({ total: 3, page: 2, pageCount: 2 });
    expect(page2.items.map((r) => r.id)).toEqual([ids[2]]);

    expect(await listRedirectTags(viewer)).toContain(tag);
  });

  it("sorts by click count", async () => {
    const tag = uid("clicks");
    const quiet = await createRedirect(editor, { name: "Quiet", targetUrl: "https://example.com/q", tags: [tag] });
    const busy = await createRedirect(editor, { name: "Busy", targetUrl: "https://example.com/b", tags: [tag] });
    for (const sessionId of ["s-1", "s-2"]) {
      const res = await handlePublicRequest({
        method: "GET",
        url: `/redirect/${busy.id}/${sessionId}`,
        headers: {},
        remoteAddress: null,
      });
      expect(res.status).toBe(302);
    }
    await getClickBuffer().drain(5000);
    const page = await listRedirects(viewer, { tag, sort: "clicks", order: "desc" });
    expect(page.items.map((r) => [r.id, r.clickCount])).toEqual([
      [busy.id, 2],
      [quiet.id, 0],
    ]);
  });

  it("does not list deleted redirects", async () => {
    const tag = uid("del");
    const r = await createRedirect(editor, { name: "Gone", targetUrl: "https://example.com/gone", tags: [tag] });
    await deleteRedirect(editor, r.id);
    expect((await listRedirects(viewer, { tag })).total).toBe(0);
  });
});
