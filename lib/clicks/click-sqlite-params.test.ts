import { describe, expect, it } from "vitest";
import { CLICK } from "../webhooks/sample-click.fixture";
import { CLICK_COLUMNS } from "./click-columns";
import { clickSqlitePacker, type SqliteParam } from "./click-sqlite-params";
import type { ClickRow } from "./enrich-click";

const { id: _id, ...stored } = CLICK;
const row = (over: Partial<ClickRow> = {}): ClickRow => ({ ...stored, ...over });

describe("SQLite INSERT parameters", () => {
  it("one parameter per column in CLICK_COLUMNS' order, each click after the other", () => {
    const rows = [
      row({ isBot: true, botReason: "burst", referer: null }),
      row({ at: new Date("2026-11-27T00:00:00.000Z"), properties: { other: 1 } }),
    ];
    const params = clickSqlitePacker()(rows, 0, 2, new Array<SqliteParam>(2 * CLICK_COLUMNS.length));
    expect(params).toHaveLength(2 * CLICK_COLUMNS.length);
    const first = params.slice(0, CLICK_COLUMNS.length);
    const second = params.slice(CLICK_COLUMNS.length);
    const at = (c: (typeof CLICK_COLUMNS)[number]) => CLICK_COLUMNS.indexOf(c);
    expect(first[at("at")]).toBe("2026-11-26T12:34:56.789+00:00");
    expect(first[at("properties")]).toBe(JSON.stringify(CLICK.properties));
    expect(first[at("isBot")]).toBe(1);
    expect(first[at("botReason")]).toBe("burst");
    expect(first[at("referer")]).toBeNull();
    expect(first[at("userAgent")]).toBe(CLICK.userAgent);
    // The reused date and JSON texts follow each click's own values.
    expect(second[at("at")]).toBe("2026-11-27T00:00:00.000+00:00");
    expect(second[at("properties")]).toBe('{"other":1}');
    expect(second[at("isBot")]).toBe(0);
    expect(second[at("sessionIssue")]).toBeNull();
  });

  it("packs a slice of the rows from the start of the array", () => {
    const rows = [row({ sessionId: "a" }), row({ sessionId: "b" }), row({ sessionId: "c" })];
    const params = clickSqlitePacker()(rows, 1, 1, new Array<SqliteParam>(CLICK_COLUMNS.length));
    expect(params[CLICK_COLUMNS.indexOf("sessionId")]).toBe("b");
  });
});
