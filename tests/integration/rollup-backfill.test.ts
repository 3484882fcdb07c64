import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { migrate, migrationsDir } from "../../lib/db/migrate";
import { createTestDatabase } from "../support/test-database";

/** Clicks and hourly rows as version 0001 stored them, before the rollups existed. */
const CLICKS = [
  {
    at: "2026-05-01T10:05:00.000",
    country: "DE",
    browser: "Chrome",
    os: "Android",
    device: "mobile",
    referer: "https://News.example.com:8443/a?b",
    bot: false,
  },
  { at: "2026-05-01T10:55:00.000", country: "DE", browser: "Safari", os: "iOS", device: "mobile", referer: null, bot: false },
  {
    at: "2026-05-01T11:10:00.000",
    country: null,
    browser: null,
    os: null,
    device: "bot",
    referer: "android-app://com.slack",
    bot: true,
  },
];

const DAILY_SQL = `SELECT "redirectId", "total", "human", "bot" FROM "ClickDaily" ORDER BY "redirectId"`;
const DAILY_DIMS_SQL = `SELECT "scope", "dim", "value", "total" FROM "ClickDailyDim" ORDER BY "scope", "dim", "value"`;

async function oldDatabase(kind: "sqlite" | "postgres") {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clicktrail-0001-"));
  fs.cpSync(path.join(migrationsDir(kind), "0001_init"), path.join(dir, "0001_init"), { recursive: true });
  const db = await createTestDatabase(kind, dir);
  fs.rmSync(dir, { recursive: true, force: true });
  return db;
}

describe("migration 0002 backfills the rollups from stored clicks", () => {
  it("adds all-clicks hourly rows and ranked-list rows that match the raw clicks", async () => {
    const kind = inject("databaseKind");
    const db = await oldDatabase(kind);
    const insertClick = `INSERT INTO "Click" ("at","eventType","properties","targetUrl","source","country","browser","os","deviceType","referer","isBot")
      VALUES ($1,'redirect','{}','https://example.com','redirect',$2,$3,$4,$5,$6,$7)`;
    const insertHour = `INSERT INTO "ClickHourly" ("redirectId","hour","total","human","bot") VALUES ('', $1, $2, $3, $4)`;
    const hours = [
      ["2026-05-01T10:00:00.000", 2, 2, 0],
      ["2026-05-01T11:00:00.000", 1, 0, 1],
    ] as const;
    let rows: { scope: string; hour: string; dim: string; value: string; total: number; human: number; bot: number }[];
    let all: { total: number; human: number; bot: number }[];
    let daily: { redirectId: string; total: number; human: number; bot: number }[];
    let dailyDims: { scope: string; dim: string; value: string; total: number }[];
    try {
      if (kind === "sqlite") {
        const file = new Database(db.url.replace(/^file:/, ""));
        const sqlite = (sql: string) => file.prepare(sql.replace(/\$\d+/g, "?"));
        for (const c of CLICKS)
          sqlite(insertClick).run(`${c.at}+00:00`, c.country, c.browser, c.os, c.device, c.referer, c.bot ? 1 : 0);
        for (const [hour, ...counts] of hours) sqlite(insertHour).run(`${hour}+00:00`, ...counts);
        file.close();
        await migrate(db.url);
        const after = new Database(db.url.replace(/^file:/, ""));
        rows = after
          .prepare(`SELECT "scope", substr("hour",1,13) AS "hour", "dim", "value", "total", "human", "bot" FROM "ClickHourlyDim"`)
          .all() as typeof rows;
        all = after
          .prepare(`SELECT "total","human","bot" FROM "ClickHourly" WHERE "redirectId" = '*' ORDER BY "hour"`)
          .all() as typeof all;
        daily = after.prepare(DAILY_SQL).all() as typeof daily;
        dailyDims = after.prepare(DAILY_DIMS_SQL).all() as typeof dailyDims;
        after.close();
      } else {
        const client = new pg.Client({ connectionString: db.url });
        await client.connect();
        for (const c of CLICKS) await client.query(insertClick, [c.at, c.country, c.browser, c.os, c.device, c.referer, c.bot]);
        for (const [hour, ...counts] of hours) await client.query(insertHour, [hour, ...counts]);
        await migrate(db.url);
        rows = (
          await client.query(
            `SELECT "scope", to_char("hour", 'YYYY-MM-DD"T"HH24') AS "hour", "dim", "value", "total", "human", "bot" FROM "ClickHourlyDim"`,
          )
        ).rows;
        all = (await client.query(`SELECT "total","human","bot" FROM "ClickHourly" WHERE "redirectId" = '*' ORDER BY "hour"`))
          .rows;
        daily = (await client.query(DAILY_SQL)).rows;
        dailyDims = (await client.query(DAILY_DIMS_SQL)).rows;
        await client.end();
      }
    } finally {
      await db.drop();
    }
    expect(all).toEqual([
      { total: 2, human: 2, bot: 0 },
      { total: 1, human: 0, bot: 1 },
    ]);
    const of = (scope: string, hour: string, dim: string) =>
      Object.fromEntries(
        rows
          .filter((r) => r.scope === scope && r.hour === hour && r.dim === dim)
          .map((r) => [r.value, [r.total, r.human, r.bot]]),
      );
    for (const scope of ["", "*"]) {
      expect(of(scope, "2026-05-01T10", "country")).toEqual({ DE: [2, 2, 0] });
      expect(of(scope, "2026-05-01T10", "browser")).toEqual({ Chrome: [1, 1, 0], Safari: [1, 1, 0] });
      expect(of(scope, "2026-05-01T10", "referer")).toEqual({ "news.example.com": [1, 1, 0], "": [1, 1, 0] });
      expect(of(scope, "2026-05-01T11", "referer")).toEqual({ "com.slack": [1, 0, 1] });
      expect(of(scope, "2026-05-01T11", "device")).toEqual({ bot: [1, 0, 1] });
      expect(of(scope, "2026-05-01T11", "os")).toEqual({ "": [1, 0, 1] });
    }
    expect(daily).toEqual([
      { redirectId: "", total: 3, human: 2, bot: 1 },
      { redirectId: "*", total: 3, human: 2, bot: 1 },
    ]);
    expect(dailyDims.filter((d) => d.scope === "*" && d.dim === "referer")).toEqual([
      { scope: "*", dim: "referer", value: "", total: 1 },
      { scope: "*", dim: "referer", value: "com.slack", total: 1 },
      { scope: "*", dim: "referer", value: "news.example.com", total: 1 },
    ]);
    expect(rows).toHaveLength(2 * (1 + 2 + 2 + 1 + 2 + 1 + 1 + 1 + 1 + 1));
  });
});
