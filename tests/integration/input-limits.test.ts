import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import * as clicksRoute from "../../app/api/v1/clicks/route";
import * as optOuts from "../../app/api/v1/opt-outs/route";
import * as redirectItem from "../../app/api/v1/redirects/[id]/route";
import * as redirects from "../../app/api/v1/redirects/route";
import * as statsRoute from "../../app/api/v1/stats/route";
import * as webhookItem from "../../app/api/v1/webhooks/[id]/route";
import * as webhooks from "../../app/api/v1/webhooks/route";
import { runAction } from "../../lib/auth/action-result";
import { CLI_ACTOR } from "../../lib/auth/roles";
import { getDb } from "../../lib/db/client";
import { appErrorFromDatabase } from "../../lib/db/errors";
import { apiKeyOf, uid } from "../support/actors";

// Server actions resolve their actor from the session cookie; here every action runs as the CLI.
vi.mock("../../lib/auth/session-actor", () => ({ requireActionActor: async () => CLI_ACTOR }));

const kind = inject("databaseKind");
const none = { params: Promise.resolve({}) } as never;
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const run = promisify(execFile);

let editorKey: string;
let adminKey: string;

beforeAll(async () => {
  editorKey = await apiKeyOf("editor");
  adminKey = await apiKeyOf("admin");
});

function call(method: string, url: string, key: string, body?: unknown) {
  return new Request(url, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function errorOf(res: Response) {
  return { status: res.status, ...(await res.json()).error };
}

/** A JSON text nested `levels` objects deep, built as text: JSON.stringify itself overflows past ~4,000. */
const nestedObjects = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
const redirectBody = (id: string, eventPropertiesJson: string) =>
  `{"id":"${id}","name":"Deep","targetUrl":"https://example.com/deep","eventProperties":${eventPropertiesJson}}`;
const storedRedirect = (id: string) => getDb().redirect.findUnique({ where: { id }, include: { tags: true } });

describe("event properties limits", () => {
  it.each([300, 5_000])("answers 400 naming the depth for properties %i levels deep, and stores nothing", async (levels) => {
    const id = uid("deep");
    const res = await redirects.POST(
      call("POST", "http://localhost/api/v1/redirects", editorKey, redirectBody(id, nestedObjects(levels))),
      none,
    );
    expect(await errorOf(res)).toMatchObject({
      status: 400,
      code: "bad_request",
      details: { eventProperties: ["must be nested at most 10 levels deep"] },
    });
    expect(await storedRedirect(id)).toBeNull();
  });

  it("refuses the deepest nesting a 1 MB body can hold, objects or arrays", async () => {
    const objects = nestedObjects(170_000);
    const arrays = `{"a":${"[".repeat(500_000)}${"]".repeat(500_000)}}`;
    for (const json of [objects, arrays]) {
      const body = redirectBody(uid("deepest"), json);
      expect(body.length).toBeLessThan(1_048_576);
      const res = await redirects.POST(call("POST", "http://localhost/api/v1/redirects", editorKey, body), none);
      expect(await errorOf(res)).toMatchObject({
        status: 400,
        details: { eventProperties: ["must be nested at most 10 levels deep"] },
      });
    }
  });

  it.each([
    [
      "keys",
      Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i])),
      "must have at most 100 keys in all, nested ones included",
    ],
    [
      "nested keys",
      { a: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i])) },
      "must have at most 100 keys in all, nested ones included",
    ],
    ["list items", { list: Array(101).fill(1) }, "lists must have at most 100 items"],
    ["size", { text: "x".repeat(10_000) }, "must be at most 10,000 characters of JSON"],
    ["NUL", { text: "a\u0000b" }, "keys and texts must not contain the NUL character (\\u0000) or unpaired surrogates"],
  ])("answers 400 naming the limit passed: %s", async (_limit, eventProperties, message) => {
    const id = uid("limit");
    const res = await redirects.POST(
      call("POST", "http://localhost/api/v1/redirects", editorKey, {
        id,
        name: "Limits",
        targetUrl: "https://example.com",
        eventProperties,
      }),
      none,
    );
    expect(await errorOf(res)).toMatchObject({ status: 400, details: { eventProperties: [message] } });
    expect(await storedRedirect(id)).toBeNull();
  });

  it("stores properties at every limit", async () => {
    const id = uid("at-limit");
    let deepest: unknown = Array(100).fill(1);
    for (let level = 0; level < 8; level++) deepest = { a: deepest };
    const res = await redirects.POST(
      call("POST", "http://localhost/api/v1/redirects", editorKey, {
        id,
        name: "At limits",
        targetUrl: "https://example.com",
        eventProperties: { deepest },
      }),
      none,
    );
    expect(res.status).toBe(201);
    expect((await storedRedirect(id))?.eventProperties).toEqual({ deepest });
  });
});

describe("text fields", () => {
  it.each([
    ["name", { name: "Promo\u0000" }, "must not contain control characters"],
    ["description", { description: "Line\u0000" }, "must not contain control characters (tabs and line breaks are fine)"],
    ["name", { name: "Promo \ud800" }, "must be valid Unicode text (it holds an unpaired surrogate)"],
    ["name", { name: "x".repeat(201) }, "must be at most 200 characters"],
    ["tags.0", { tags: ["mail\u0000"] }, "tags may use letters, digits, spaces and - _ . : /"],
  ])("refuse a bad redirect %s with a field message and store nothing", async (field, fields, message) => {
    const id = uid("text");
    const res = await redirects.POST(
      call("POST", "http://localhost/api/v1/redirects", editorKey, {
        id,
        name: "Text",
        targetUrl: "https://example.com",
        ...fields,
      }),
      none,
    );
    expect(await errorOf(res)).toMatchObject({ status: 400, details: { [field]: [message] } });
    expect(await storedRedirect(id)).toBeNull();
  });

  it("refuse NUL in an opt-out note", async () => {
    const sessionId = uid("s");
    const res = await optOuts.POST(
      call("POST", "http://localhost/api/v1/opt-outs", adminKey, { sessionId, note: "asked\u0000" }),
      none,
    );
    expect(await errorOf(res)).toMatchObject({ status: 400, details: { note: [expect.stringMatching(/control characters/)] } });
    expect(await getDb().optOut.findUnique({ where: { sessionId } })).toBeNull();
  });

  it("refuse NUL in a webhook name", async () => {
    const before = await getDb().webhookDestination.count();
    const res = await webhooks.POST(
      call("POST", "http://localhost/api/v1/webhooks", adminKey, { name: "CRM\u0000", url: "https://93.184.215.14/hooks" }),
      none,
    );
    expect(await errorOf(res)).toMatchObject({ status: 400, details: { name: ["must not contain control characters"] } });
    expect(await getDb().webhookDestination.count()).toBe(before);
  });
});

describe("a PATCH that fails", () => {
  it("leaves the stored redirect unchanged", async () => {
    const id = uid("patch");
    const created = await redirects.POST(
      call("POST", "http://localhost/api/v1/redirects", editorKey, {
        id,
        name: "Before",
        targetUrl: "https://example.com/before",
        tags: ["kept"],
        eventProperties: { campaign: "spring" },
      }),
      none,
    );
    expect(created.status).toBe(201);
    const before = await storedRedirect(id);
    const url = `http://localhost/api/v1/redirects/${id}`;
    const badPatches = [
      `{"name":"After","tags":["new"],"eventProperties":${nestedObjects(5_000)}}`,
      { name: "After", tags: ["new"], description: "bad\u0000" },
      { name: "After", tags: ["new"], eventProperties: { a: "\ud800" } },
    ];
    for (const patch of badPatches) {
      const res = await redirectItem.PATCH(call("PATCH", url, editorKey, patch), withId(id));
      expect(res.status).toBe(400);
    }
    expect(await storedRedirect(id)).toEqual(before);
  });
});

describe("analytics ranges", () => {
  it.each([
    ["range=custom&from=9999-12-30&to=9999-12-31", "from"],
    ["range=custom&from=0100-01-01&to=0100-01-05", "from"],
    ["from=9999-12-31T00:00:00Z&to=9999-12-31T23:59:59Z", "from"],
    ["from=0000-01-01T00:00:00Z&to=0000-01-03T00:00:00Z", "from"],
  ])("answer 400 for absurd dates in /api/v1/stats and /api/v1/clicks: %s", async (query, field) => {
    for (const [path, route] of [
      ["stats", statsRoute],
      ["clicks", clicksRoute],
    ] as const) {
      const res = await route.GET(call("GET", `http://localhost/api/v1/${path}?${query}`, editorKey), none);
      const error = await errorOf(res);
      expect(error.status, path).toBe(400);
      expect(error.details, path).toHaveProperty(field);
    }
  });
});

describe("database errors the input causes", () => {
  it("are a 400 where no schema stands before the database (path parameters)", async () => {
    for (const id of ["\ud800", "a\u0000"]) {
      const got = await redirectItem.GET(call("GET", "http://localhost/api/v1/redirects/x", editorKey), withId(id));
      // SQLite stores and finds NUL; PostgreSQL refuses it in text. Nobody gets a 500.
      expect(got.status).toBe(kind === "sqlite" && id.includes("\u0000") ? 404 : 400);
      const deleted = await webhookItem.DELETE(call("DELETE", "http://localhost/api/v1/webhooks/x", adminKey), withId(id));
      expect(deleted.status).toBe(kind === "sqlite" && id.includes("\u0000") ? 404 : 400);
    }
    const filtered = await clicksRoute.GET(call("GET", "http://localhost/api/v1/clicks?browser=%00", editorKey), none);
    expect(filtered.status).toBe(kind === "postgres" ? 400 : 200);
  });

  it("map as Prisma raises them on this database", async () => {
    const db = getDb();
    const base = { name: "Raw", targetUrl: "https://example.com", eventProperties: {} };
    const mapped = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (err: unknown) => {
          const e = appErrorFromDatabase(err);
          return e && { status: e.status, message: e.message, details: e.details };
        },
      );
    const id = uid("raw");
    await db.redirect.create({ data: { ...base, id } });
    expect(await mapped(db.redirect.create({ data: { ...base, id } }))).toMatchObject({
      status: 409,
      details: { id: ["is already taken"] },
    });
    expect(await mapped(db.redirectTag.create({ data: { redirectId: uid("missing"), tag: "x" } }))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/referenced record/),
    });
    let deep: object = { a: 1 };
    for (let i = 0; i < 300; i++) deep = { a: deep };
    expect(await mapped(db.redirect.create({ data: { ...base, id: uid("raw"), eventProperties: deep } }))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/nested too deeply/),
    });
    expect(await mapped(db.redirect.create({ data: { ...base, id: uid("raw"), name: "a\ud800" } }))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/unpaired UTF-16 surrogate/),
    });
    expect(await mapped(db.click.findMany({ where: { at: { gte: new Date("+010000-01-01T00:00:00Z") } } }))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/date/),
    });
    if (kind === "postgres") {
      expect(await mapped(db.redirect.create({ data: { ...base, id: uid("raw"), name: "a\u0000" } }))).toMatchObject({
        status: 400,
        message: expect.stringMatching(/NUL/),
      });
      expect(
        await mapped(db.redirect.create({ data: { ...base, id: uid("raw"), eventProperties: { a: "\u0000" } } })),
      ).toMatchObject({
        status: 400,
        message: expect.stringMatching(/NUL/),
      });
      expect(await mapped(db.signingKey.findUnique({ where: { version: 3_000_000_000 } }))).toMatchObject({
        status: 400,
        message: expect.stringMatching(/number/),
      });
    }
  });

  it("come back from a server action as a result with a message, not an error", async () => {
    const result = await runAction(() => getDb().redirect.findFirst({ where: { id: "\ud800" } }));
    expect(result).toMatchObject({ ok: false, code: "bad_request", message: expect.stringMatching(/unpaired UTF-16 surrogate/) });
  });
});

describe("the CLI", () => {
  const cli = (...args: string[]) =>
    run("npx", ["tsx", "cli/index.ts", ...args], { env: { ...process.env, DATABASE_URL: inject("databaseUrl") } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it("reports over-deep event properties and database refusals as an error line, not a crash", async () => {
    const id = uid("cli");
    const deep = await cli("create-redirect", "--json", redirectBody(id, nestedObjects(5_000)));
    expect(deep.code).toBe(1);
    expect(deep.stderr).toContain("Error: Some fields are invalid.");
    expect(deep.stderr).toContain("--eventProperties: must be nested at most 10 levels deep");
    expect(await storedRedirect(id)).toBeNull();

    // Past PostgreSQL's int4: refused by the schema on both databases, named as the field.
    const retire = await cli("signing-keys", "--retire", "3000000000");
    expect(retire.code).toBe(1);
    expect(retire.stderr).toMatch(/^Error: Some fields are invalid\.$/m);
    expect(retire.stderr).toContain("--retire: must be a key version");
    expect(retire.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
