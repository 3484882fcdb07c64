import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "../../app/api/v1/redirects/route";
import * as item from "../../app/api/v1/redirects/[id]/route";
import { getDb } from "../../lib/db/client";
import { apiKeyOf, uid } from "../support/actors";

let editorKey: string;
let viewerKey: string;

beforeAll(async () => {
  editorKey = await apiKeyOf("editor");
  viewerKey = await apiKeyOf("viewer");
});

const BASE = "http://localhost/api/v1/redirects";
const none = { params: Promise.resolve({}) } as never;
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

function call(method: string, url: string, key: string | null, body?: unknown) {
  return new Request(url, {
    method,
    headers: { ...(key && { authorization: `Bearer ${key}` }), "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe("/api/v1/redirects", () => {
  it("creates, reads, updates, lists and deletes", async () => {
    const id = uid("api");
    const created = await collection.POST(
      call("POST", BASE, editorKey, { id, name: "API", targetUrl: "https://example.com/api", tags: ["api"] }),
      none,
    );
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id, name: "API", statusCode: 302, tags: ["api"] });

    const got = await item.GET(call("GET", `${BASE}/${id}`, viewerKey), withId(id));
    expect(got.status).toBe(200);
    expect((await got.json()).targetUrl).toBe("https://example.com/api");

    const patched = await item.PATCH(call("PATCH", `${BASE}/${id}`, editorKey, { status: "paused" }), withId(id));
    expect((await patched.json()).status).toBe("paused");

    const list = await collection.GET(call("GET", `${BASE}?tag=api&pageSize=5`, viewerKey), none);
    const page = await list.json();
    expect(page.pageSize).toBe(5);
    expect(page.items.map((r: { id: string }) => r.id)).toContain(id);

    const deleted = await item.DELETE(call("DELETE", `${BASE}/${id}`, editorKey), withId(id));
    expect(deleted.status).toBe(204);
    const gone = await item.GET(call("GET", `${BASE}/${id}`, viewerKey), withId(id));
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.code).toBe("not_found");
  });

  it("answers 401 without a key or with a wrong or revoked one", async () => {
    expect((await collection.GET(call("GET", BASE, null), none)).status).toBe(401);
    const wrong = await collection.GET(call("GET", BASE, "ct_notakey"), none);
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error).toMatchObject({ code: "unauthorized" });

    const key = await apiKeyOf("admin");
    await getDb().apiKey.updateMany({ where: { prefix: key.slice(0, 9) }, data: { revokedAt: new Date() } });
    expect((await collection.GET(call("GET", BASE, key), none)).status).toBe(401);
  });

  it("answers 403 to a viewer key that tries to write, and stores nothing", async () => {
    const id = uid("viewer");
    const res = await collection.POST(call("POST", BASE, viewerKey, { id, name: "X", targetUrl: "https://example.com" }), none);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("forbidden");
    expect(await getDb().redirect.findUnique({ where: { id } })).toBeNull();
  });

  it("answers 400 with a message per field for bad input", async () => {
    const res = await collection.POST(
      call("POST", BASE, editorKey, {
        id: "bad id!",
        name: 5,
        targetUrl: `https://example.com/${"x".repeat(2048)}`,
        statusCode: "302",
        eventProperties: "not json object",
      }),
      none,
    );
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("bad_request");
    expect(Object.keys(body.error.details).sort()).toEqual(["eventProperties", "id", "name", "statusCode", "targetUrl"]);
  });

  it("answers 400 for a body that is not JSON", async () => {
    const res = await collection.POST(call("POST", BASE, editorKey, "{not json"), none);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/not valid JSON/);
  });

  it("answers 409 for a taken ID", async () => {
    const id = uid("dup");
    const body = { id, name: "Dup", targetUrl: "https://example.com/dup" };
    expect((await collection.POST(call("POST", BASE, editorKey, body), none)).status).toBe(201);
    const again = await collection.POST(call("POST", BASE, editorKey, body), none);
    expect(again.status).toBe(409);
    expect((await again.json()).error.details.id).toBeDefined();
  });

  it("records when a key was last used", async () => {
    const key = await apiKeyOf("viewer");
    await collection.GET(call("GET", BASE, key), none);
    const row = await getDb().apiKey.findFirst({ where: { prefix: key.slice(0, 9) } });
    expect(row?.lastUsedAt).toBeInstanceOf(Date);
  });
});
