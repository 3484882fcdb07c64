import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../lib/analytics/click-log-cursor";
import { clickLogQuerySchema, filterKey, parseClickLogQueryLenient } from "../../lib/analytics/click-log-query";
import type { ClickLogRow } from "../../lib/analytics/click-log-row";
import { CSV_COLUMNS, exportClicksCsv } from "../../lib/analytics/export-clicks-csv";
import { listClicks } from "../../lib/analytics/list-clicks";
import type { Actor } from "../../lib/auth/roles";
import type { ClickWriter } from "../../lib/clicks/click-writer";
import { createClickWriter } from "../../lib/click-pipeline/create-click-writer";
import type { ClickRow, EnrichedClick } from "../../lib/clicks/enrich-click";
import { hourlyDeltas } from "../../lib/clicks/hourly-deltas";
import { getDb } from "../../lib/db/client";
import { createRedirect } from "../../lib/redirects/create-redirect";
import { userActor } from "../support/actors";
import { expectAppError } from "../support/expect-app-error";
import { parseCsv, readChunks } from "../support/parse-csv";

/** Clicks in February 2029, a month no other test file writes to, so every total belongs here. */
const RANGE = { from: "2029-02-01", to: "2029-02-07", tz: "UTC" } as const;
const START = Date.UTC(2029, 1, 1, 0, 30);
const MINUTE = 60_000;

let viewer: Actor;
let writer: ClickWriter;
let a: string;
let b: string;
/** Every fixture click as stored, in id order (which is time order). */
let stored: ClickLogRow[];

const WEIRD_REFERER = 'https://example.com/?q=a,b&quote="x"\nsecond line';
/** Line breaks alone, without a comma or quote that would get the field quoted anyway. */
const BROKEN_LINES = "https://example.com/one\ntwo\rthree";
const FORMULA_UA = '=HYPERLINK("https://evil.example","click")';

function fixture(i: number, redirectId: string | null): ClickRow {
  const bot = i % 5 === 0;
  return {
    // Clicks 10–12 share one instant: the id settles their order.
    at: new Date(START + (i >= 10 && i <= 12 ? 10 : i) * 97 * MINUTE),
    redirectId,
    sessionId: i % 4 === 0 ? null : i % 4 === 1 ? "s-alpha" : `s-${i}`,
    eventType: "redirect",
    properties: { campaign: "spring", "k,q": 'v"x', n: i },
    targetUrl: `https://example.com/t/${i}`,
    source: "redirect",
    ip: i % 3 === 0 ? "203.0.113.0" : i % 3 === 1 ? "198.51.100.7" : "2001:db8::1",
    userAgent: i === 7 ? FORMULA_UA : "Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0",
    browser: i % 6 === 0 ? null : i % 2 ? "Firefox" : "Chrome",
    os: i % 2 ? "Linux" : "Android",
    deviceType: bot ? "bot" : i % 7 === 0 ? null : i % 2 ? "desktop" : "mobile",
    isBot: bot,
    botReason: bot ? "user-agent" : null,
    country: i % 8 === 0 ? null : i % 3 === 0 ? "DE" : "US",
    referer: i === 4 ? WEIRD_REFERER : i === 6 ? BROKEN_LINES : i % 2 ? "https://mail.example/" : null,
    acceptLanguage: "de-DE,de;q=0.9",
    privacyReason: null,
    sessionIssue: null,
  };
}

async function write(rows: ClickRow[]) {
  const clicks: EnrichedClick[] = rows.map((row) => ({ row, sessionKey: row.isBot ? null : row.sessionId, visitorKey: null }));
  await writer.write(clicks, hourlyDeltas(clicks));
}

async function storedClicks(where: object): Promise<ClickLogRow[]> {
  const page = await listClicks(viewer, { ...RANGE, ...where, limit: 500, order: "asc" });
  return page.clicks;
}

const newestFirst = (rows: ClickLogRow[]) => [...rows].sort((x, y) => y.at.localeCompare(x.at) || y.id - x.id);
const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

beforeAll(async () => {
  viewer = await userActor("viewer");
  const editor = await userActor("editor");
  a = (await createRedirect(editor, { name: "Log A", targetUrl: "https://example.com/a" })).id;
  b = (await createRedirect(editor, { name: 'Log B, "quoted"', targetUrl: "https://example.com/b" })).id;
  writer = createClickWriter(inject("databaseUrl"));
  await write(Array.from({ length: 60 }, (_, i) => fixture(i, i % 3 === 0 ? a : i % 3 === 1 ? b : null)));
  const rows = await getDb().click.findMany({
    where: { at: { gte: new Date(Date.UTC(2029, 1, 1)), lt: new Date(Date.UTC(2029, 1, 8)) } },
    orderBy: { id: "asc" },
    include: { redirect: { select: { name: true } } },
  });
  expect(rows).toHaveLength(60);
  stored = rows.map(({ redirect, ...c }) => ({
    ...c,
    at: c.at.toISOString(),
    redirectName: redirect?.name ?? null,
  })) as ClickLogRow[];
});

afterAll(async () => {
  await writer.close();
});

describe("click log: filters", () => {
  const cases: [string, Record<string, string>, (c: ClickLogRow) => boolean][] = [
    ["redirect", { redirect: "A" }, (c) => c.redirectId === a],
    ["humans", { kind: "human" }, (c) => !c.isBot],
    ["bots", { kind: "bot" }, (c) => c.isBot],
    ["country", { country: "de" }, (c) => c.country === "DE"],
    ["unknown country", { country: "-" }, (c) => c.country === null],
    ["browser", { browser: "Firefox" }, (c) => c.browser === "Firefox"],
    ["unknown browser", { browser: "-" }, (c) => c.browser === null],
    ["os", { os: "Android" }, (c) => c.os === "Android"],
    ["device", { device: "mobile" }, (c) => c.deviceType === "mobile"],
    ["unknown device", { device: "-" }, (c) => c.deviceType === null],
    ["session", { session: "s-alpha" }, (c) => c.sessionId === "s-alpha"],
    ["exact IPv4", { ip: "198.51.100.7" }, (c) => c.ip === "198.51.100.7"],
    ["IPv4 prefix", { ip: "203.0." }, (c) => c.ip?.startsWith("203.0.") ?? false],
    ["IPv6 written another way", { ip: "2001:DB8:0:0::1" }, (c) => c.ip === "2001:db8::1"],
    ["IPv4-mapped IPv6", { ip: "::ffff:198.51.100.7" }, (c) => c.ip === "198.51.100.7"],
    [
      "several at once",
      { redirect: "A", kind: "human", country: "DE", ip: "203.0.113.0" },
      (c) => c.redirectId === a && !c.isBot && c.country === "DE",
    ],
  ];

  it.each(cases)("narrows by %s to exactly the matching clicks", async (_, filter, match) => {
    const where = { ...filter, ...(filter.redirect === "A" && { redirect: a }) };
    const expected = stored.filter(match);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(stored.length);
    expect(ids(await storedClicks(where))).toEqual(ids(expected));
  });

  it("keeps to the range, with days in the given time zone", async () => {
    const utcDay = await listClicks(viewer, { from: "2029-02-02", to: "2029-02-02", tz: "UTC", limit: 500 });
    const inUtcDay = stored.filter((c) => c.at.startsWith("2029-02-02"));
    expect(ids(utcDay.clicks)).toEqual(ids(newestFirst(inUtcDay)));
    // Tokyo is 9 hours ahead: its 2 February starts at 15:00 UTC on the 1st.
    const tokyoDay = await listClicks(viewer, { from: "2029-02-02", to: "2029-02-02", tz: "Asia/Tokyo", limit: 500 });
    const inTokyoDay = stored.filter((c) => c.at >= "2029-02-01T15:00" && c.at < "2029-02-02T15:00");
    expect(ids(tokyoDay.clicks)).toEqual(ids(newestFirst(inTokyoDay)));
    expect(ids(tokyoDay.clicks)).not.toEqual(ids(utcDay.clicks));
  });

  it("returns every stored field, the redirect's name and the properties as JSON", async () => {
    const [row] = await storedClicks({ session: "s-alpha", redirect: b });
    const source = stored.find((c) => c.id === row.id)!;
    expect(row).toEqual({ ...source, redirectName: 'Log B, "quoted"' });
    expect(Object.keys(row).sort()).toEqual([...CSV_COLUMNS].sort());
    expect(row.properties).toMatchObject({ campaign: "spring", "k,q": 'v"x' });
  });

  it("finds nothing for values that look like SQL, and keeps the table", async () => {
    for (const filter of [{ browser: "' OR 1=1 --" }, { os: '"; DROP TABLE "Click"; --' }, { browser: "%" }]) {
      const page = await listClicks(viewer, { ...RANGE, ...filter });
      expect(page.clicks).toEqual([]);
    }
    expect(await getDb().click.count({ where: { at: { gte: new Date(START) } } })).toBeGreaterThanOrEqual(60);
  });
});

describe("click log: keyset pages", () => {
  async function walk(order: "asc" | "desc") {
    const forward: ClickLogRow[][] = [];
    let page = await listClicks(viewer, { ...RANGE, order, limit: 7 });
    expect(page.prevCursor).toBeNull();
    forward.push(page.clicks);
    let last = page;
    while (page.nextCursor) {
      page = await listClicks(viewer, { ...RANGE, order, limit: 7, cursor: page.nextCursor });
      forward.push(page.clicks);
      last = page;
    }
    const backward: ClickLogRow[][] = [last.clicks];
    let back = last;
    while (back.prevCursor) {
      back = await listClicks(viewer, { ...RANGE, order, limit: 7, cursor: back.prevCursor });
      backward.unshift(back.clicks);
    }
    return { forward, backward };
  }

  it.each(["desc", "asc"] as const)("cover every click exactly once, forward and back (%s)", async (order) => {
    const expected = order === "desc" ? newestFirst(stored) : newestFirst(stored).reverse();
    const { forward, backward } = await walk(order);
    expect(forward.map((p) => p.length)).toEqual([7, 7, 7, 7, 7, 7, 7, 7, 4]);
    expect(ids(forward.flat())).toEqual(ids(expected));
    expect(backward.map(ids)).toEqual(forward.map(ids));
  });

  it("orders clicks of the same instant by id", async () => {
    const same = stored.filter((c) => c.at === stored[10].at);
    expect(same).toHaveLength(3);
    const desc = await listClicks(viewer, { ...RANGE, limit: 500 });
    const positions = same.map((c) => desc.clicks.findIndex((r) => r.id === c.id));
    expect(positions).toEqual([positions[0], positions[0] - 1, positions[0] - 2]);
  });

  it("counts the matches: exactly on a single page, from the aggregates beyond", async () => {
    const all = await listClicks(viewer, { ...RANGE, limit: 5 });
    expect(all.estimatedTotal).toBe(60);
    const humansOfA = await listClicks(viewer, { ...RANGE, redirect: a, kind: "human", limit: 3 });
    expect(humansOfA.estimatedTotal).toBe(stored.filter((c) => c.redirectId === a && !c.isBot).length);
    const unknownCountry = await listClicks(viewer, { ...RANGE, country: "-", limit: 2 });
    expect(unknownCountry.estimatedTotal).toBe(stored.filter((c) => c.country === null).length);
    const small = await listClicks(viewer, { ...RANGE, session: "s-alpha" });
    expect(small.estimatedTotal).toBe(stored.filter((c) => c.sessionId === "s-alpha").length);
    // A session filter with more than a page has no aggregate to count from.
    const unknown = await listClicks(viewer, { ...RANGE, session: "s-alpha", limit: 2 });
    expect(unknown.estimatedTotal).toBeNull();
  });
});

describe("click log: bad input", () => {
  const cursorOf = async () => (await listClicks(viewer, { ...RANGE, limit: 5 })).nextCursor!;
  const cases: [string, () => Promise<Record<string, string>>, string][] = [
    ["a malformed date", async () => ({ from: "2029-13-45", to: "2029-02-07" }), "from"],
    ["a reversed range", async () => ({ from: "2029-02-07", to: "2029-02-01" }), "to"],
    ["an unknown preset", async () => ({ range: "forever" }), "range"],
    ["an unknown time zone", async () => ({ tz: "Mars/Olympus_Mons" }), "tz"],
    ["an unknown kind", async () => ({ kind: "robots" }), "kind"],
    ["an unknown device", async () => ({ device: "toaster" }), "device"],
    ["a country name", async () => ({ country: "Germany" }), "country"],
    ["a session ID with spaces", async () => ({ session: "a b; --" }), "session"],
    ["an impossible IP", async () => ({ ip: "999.1.1.1" }), "ip"],
    ["an IPv6 with a zone", async () => ({ ip: "fe80::1%eth0" }), "ip"],
    ["a redirect ID with SQL", async () => ({ redirect: "x' OR '1'='1" }), "redirect"],
    ["a browser name of 10,000 characters", async () => ({ browser: "x".repeat(10_000) }), "browser"],
    ["a huge page size", async () => ({ limit: "1000000" }), "limit"],
    ["a page size of 0", async () => ({ limit: "0" }), "limit"],
    ["a page size that is no number", async () => ({ limit: "fifty" }), "limit"],
    ["an unknown sort column", async () => ({ sort: "country" }), "sort"],
    ["an unknown order", async () => ({ order: "sideways" }), "order"],
    ["a cursor that is not one", async () => ({ cursor: "'; DROP TABLE x" }), "cursor"],
    ["a tampered cursor", async () => ({ cursor: tamper(await cursorOf()) }), "cursor"],
    ["a cursor of other filters", async () => ({ cursor: await cursorOf(), kind: "bot" }), "cursor"],
    ["a cursor of the other order", async () => ({ cursor: await cursorOf(), order: "asc" }), "cursor"],
    [
      "a well-formed cursor with an id beyond 32 bits",
      async () => ({
        cursor: encodeCursor("next", { at: new Date(START), id: 3_000_000_000 }, filterKey(clickLogQuerySchema.parse(RANGE))),
      }),
      "cursor",
    ],
  ];

  it.each(cases)("answers %s with a 400 naming the field", async (_, input, field) => {
    const err = await expectAppError(listClicks(viewer, { ...RANGE, ...(await input()) }), "bad_request");
    expect(Object.keys(err.details ?? {})).toContain(field);
    expect(err.message).toContain(field);
  });

  it("treats empty parameters as no filter", async () => {
    const page = await listClicks(viewer, { ...RANGE, country: "", browser: " ", limit: "" });
    expect(page.clicks).toHaveLength(50);
  });

  it("corrects a hand-edited page URL instead of failing, and says what it changed", () => {
    const { request, corrected } = parseClickLogQueryLenient({
      ...RANGE,
      kind: "robots",
      country: "DE",
      limit: "100000",
      cursor: "stale",
    });
    expect(request.query).toMatchObject({ kind: "all", country: "DE", limit: 500, from: "2029-02-01" });
    expect(request.query.cursor).toBeUndefined();
    expect(corrected).toEqual(["kind must be one of all, human, bot", "limit must be at most 500"]);
    const reversed = parseClickLogQueryLenient({ from: "2029-02-07", to: "2029-02-01", tz: "Europe/Berlin", ip: "10.0.0.1" });
    expect(reversed.request.range.preset).toBe("30d");
    expect(reversed.request.query).toMatchObject({ tz: "Europe/Berlin", ip: "10.0.0.1" });
    expect(reversed.corrected).toEqual(["to must be after from"]);
  });
});

function tamper(cursor: string): string {
  const decoded = decodeCursor(cursor)!;
  const text = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  const edited = text.replace(`.${decoded.id}.`, `.${decoded.id - 1}.`);
  return btoa(edited).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

describe("click log: roles", () => {
  it("lets every role read, viewers included", async () => {
    for (const role of ["viewer", "editor", "admin"] as const) {
      const actor = await userActor(role);
      expect((await listClicks(actor, { ...RANGE, limit: 1 })).clicks).toHaveLength(1);
      const { stream } = await exportClicksCsv(actor, RANGE);
      expect((await readChunks(stream)).join("")).toContain("redirectName");
    }
  });
});

describe("click log: CSV", () => {
  async function csv(input: Record<string, string>, options = {}) {
    const { filename, stream } = await exportClicksCsv(viewer, input, options);
    const chunks = await readChunks(stream);
    return { filename, chunks, text: chunks.join("") };
  }

  it("has a header row and one RFC 4180 record per filtered click, quoting where needed", async () => {
    const { filename, text } = await csv({ ...RANGE, kind: "human", limit: "3", cursor: "ignored" });
    expect(filename).toBe("clicks-2029-02-01-2029-02-07.csv");
    expect(text.endsWith("\r\n")).toBe(true);
    const [header, ...records] = parseCsv(text);
    expect(header).toEqual([...CSV_COLUMNS]);
    const humans = newestFirst(stored.filter((c) => !c.isBot));
    expect(records.map((r) => Number(r[0]))).toEqual(ids(humans));

    const byId = new Map(records.map((r) => [Number(r[0]), Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
    const weird = byId.get(stored[4].id)!;
    expect(weird.referer).toBe(WEIRD_REFERER);
    expect(byId.get(stored[6].id)!.referer).toBe(BROKEN_LINES);
    // Lone CR or LF break records in most readers: quoted like any other line break.
    expect(text).toContain(`,"${BROKEN_LINES}",`);
    expect(JSON.parse(weird.properties)).toEqual({ campaign: "spring", "k,q": 'v"x', n: 4 });
    expect(weird.at).toBe(stored[4].at);
    expect(weird.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(weird.isBot).toBe("false");
    const named = records.find((r) => r[2] === b)!;
    expect(named[3]).toBe('Log B, "quoted"');
    expect(text).toContain('"Log B, ""quoted"""');
  });

  it("neutralises cells a spreadsheet would run as a formula", async () => {
    const { text } = await csv({ ...RANGE, session: stored[7].sessionId! });
    const [header, record] = parseCsv(text);
    expect(record[header.indexOf("userAgent")]).toBe(`'${FORMULA_UA}`);
  });

  it("writes a byte order mark only when asked", async () => {
    expect((await csv(RANGE, { bom: true })).text.startsWith("\uFEFFid,")).toBe(true);
    expect((await csv(RANGE)).text.startsWith("id,")).toBe(true);
  });

  it("counts the same rows as the log for every filter, a header alone when none match", async () => {
    const filters: Record<string, string>[] = [
      { country: "US" },
      { device: "-" },
      { ip: "203.0.113." },
      { session: "s-alpha", order: "asc" },
    ];
    for (const filter of filters) {
      const records = parseCsv((await csv({ ...RANGE, ...filter })).text).slice(1);
      const log = await listClicks(viewer, { ...RANGE, ...filter, limit: 500 });
      expect(records.map((r) => Number(r[0]))).toEqual(ids(log.clicks));
    }
    expect(parseCsv((await csv({ ...RANGE, browser: "Netscape" })).text)).toEqual([[...CSV_COLUMNS]]);
  });

  it("rejects a bad query before streaming anything", async () => {
    await expectAppError(exportClicksCsv(viewer, { ...RANGE, kind: "everything" }), "bad_request");
  });

  it("streams in chunks, reading rows only as the reader asks for them", async () => {
    const editor = await userActor("editor");
    const c = (await createRedirect(editor, { name: "Streamed", targetUrl: "https://example.com/c" })).id;
    await write(Array.from({ length: 40 }, (_, i) => ({ ...fixture(i, c), at: new Date(Date.UTC(2029, 1, 20) + i * MINUTE) })));
    const input = { from: "2029-02-20", to: "2029-02-20", tz: "UTC", redirect: c };

    const whole = await csv(input, { chunkRows: 5 });
    expect(whole.chunks.length).toBeGreaterThanOrEqual(8);
    expect(parseCsv(whole.text)).toHaveLength(41);

    const { stream } = await exportClicksCsv(viewer, input, { chunkRows: 5 });
    const reader = stream.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(parseCsv(first)).toHaveLength(6);
    // Rows deleted after the first chunk was read must not arrive: nothing was read ahead
    // beyond the stream's one-chunk buffer.
    await getDb().click.deleteMany({ where: { redirectId: c } });
    let rest = "";
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
    expect(rest === "" ? 0 : parseCsv(rest).length).toBeLessThanOrEqual(5);
  });
});
