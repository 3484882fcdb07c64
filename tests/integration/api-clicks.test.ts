import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as clicksCsv from "../../app/api/v1/clicks.csv/route";
import * as clicks from "../../app/api/v1/clicks/route";
import { CSV_COLUMNS } from "../../lib/analytics/export-clicks-csv";
import type { ClickWriter } from "../../lib/clicks/click-writer";
import { createClickWriter } from "../../lib/click-pipeline/create-click-writer";
import type { EnrichedClick } from "../../lib/clicks/enrich-click";
import { hourlyDeltas } from "../../lib/clicks/hourly-deltas";
import { createRedirect } from "../../lib/redirects/create-redirect";
import { apiKeyOf, userActor } from "../support/actors";
import { parseCsv } from "../support/parse-csv";

/** May 2028: no other test file writes clicks there. */
const RANGE = "from=2028-05-01&to=2028-05-03&tz=UTC";
const none = { params: Promise.resolve({}) } as never;

let viewerKey: string;
let redirectId: string;
let writer: ClickWriter;

beforeAll(async () => {
  viewerKey = await apiKeyOf("viewer");
  redirectId = (await createRedirect(await userActor("editor"), { name: "API clicks", targetUrl: "https://example.com/api" })).id;
  writer = createClickWriter(inject("databaseUrl"));
  const batch: EnrichedClick[] = Array.from({ length: 30 }, (_, i) => ({
    row: {
      at: new Date(Date.UTC(2028, 4, 1, 8) + i * 3_600_000),
      redirectId,
      sessionId: `api-${i % 3}`,
      eventType: "redirect",
      properties: { i },
      targetUrl: "https://example.com/api",
      source: "redirect",
      ip: "192.0.2.0",
      userAgent: "Mozilla/5.0",
      browser: "Chrome",
      os: "Windows",
      deviceType: "desktop",
      isBot: i % 10 === 0,
      botReason: i % 10 === 0 ? "user-agent" : null,
      country: i % 2 ? "FR" : "JP",
      referer: null,
      acceptLanguage: "fr",
      privacyReason: null,
      sessionIssue: null,
    },
    sessionKey: null,
    visitorKey: null,
  }));
  await writer.write(batch, hourlyDeltas(batch));
});

afterAll(async () => {
  await writer.close();
});

function get(route: { GET: (req: Request, ctx: never) => Promise<Response> }, path: string, key: string | null = viewerKey) {
  return route.GET(new Request(`http://localhost${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} }), none);
}

describe("GET /api/v1/clicks", () => {
  it("pages through the filtered clicks with cursors", async () => {
    const seen: number[] = [];
    let res = await get(clicks, `/api/v1/clicks?${RANGE}&country=fr&limit=4`);
    expect(res.status).toBe(200);
    let body = await res.json();
    expect(body.range).toEqual({ from: "2028-05-01T00:00:00.000Z", to: "2028-05-04T00:00:00.000Z", tz: "UTC" });
    expect(body.estimatedTotal).toBe(15);
    expect(body.prevCursor).toBeNull();
    for (;;) {
      expect(body.data.length).toBeLessThanOrEqual(4);
      for (const click of body.data) {
        expect(click).toMatchObject({
          country: "FR",
          redirectId,
          redirectName: "API clicks",
          properties: { i: expect.any(Number) },
        });
        seen.push(click.id);
      }
      if (!body.nextCursor) break;
      res = await get(clicks, `/api/v1/clicks?${RANGE}&country=fr&limit=4&cursor=${body.nextCursor}`);
      body = await res.json();
    }
    expect(seen).toHaveLength(15);
    expect([...seen].sort((x, y) => y - x)).toEqual(seen);
  });

  it("answers 401 without a key", async () => {
    const res = await get(clicks, `/api/v1/clicks?${RANGE}`, null);
    expect(res.status).toBe(401);
  });

  it.each([
    ["limit=501", "limit", "limit must be at most 500"],
    ["kind=robots", "kind", "kind must be one of all, human, bot"],
    ["from=2028-02-30&to=2028-03-01", "from", "from must be a date"],
    ["from=2028-05-03&to=2028-05-01", "to", "to must be after from"],
    ["cursor=bm9wZQ", "cursor", "cursor is not a cursor this API returned"],
    ["ip=1.2.3.4.5", "ip", "ip must be an IP address"],
  ])("answers 400 for %s, naming the field", async (query, field, message) => {
    const res = await get(clicks, `/api/v1/clicks?tz=UTC&${query}`);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("bad_request");
    expect(error.message).toContain(message);
    expect(Object.keys(error.details)).toEqual([field]);
  });

  it("finds nothing, with a 200, for a filter value that looks like SQL", async () => {
    const res = await get(clicks, `/api/v1/clicks?${RANGE}&os=${encodeURIComponent("Windows' OR '1'='1")}`);
    expect(res.status).toBe(200);
    expect((await res.json()).data).toEqual([]);
  });
});

describe("GET /api/v1/clicks.csv", () => {
  it("streams the filtered clicks as a CSV download", async () => {
    const res = await get(clicksCsv, `/api/v1/clicks.csv?${RANGE}&kind=human&redirect=${redirectId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="clicks-2028-05-01-2028-05-03.csv"');
    expect(res.body).toBeInstanceOf(ReadableStream);
    const [header, ...records] = parseCsv(await res.text());
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(27);
    expect(records.every((r) => r[header.indexOf("isBot")] === "false")).toBe(true);
  });

  it("answers 400 as JSON for a bad query, and 401 without a key", async () => {
    const bad = await get(clicksCsv, `/api/v1/clicks.csv?${RANGE}&device=fridge`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.device).toBeDefined();
    expect((await get(clicksCsv, `/api/v1/clicks.csv?${RANGE}`, null)).status).toBe(401);
  });
});
