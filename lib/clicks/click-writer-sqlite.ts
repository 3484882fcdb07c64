import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sqliteFilePath } from "../db/provider";
import type { ClickWriter } from "./click-writer";
import type { ClickRow, EnrichedClick } from "./enrich-click";
import { dailyDeltas, dimRows, type HourlyDelta } from "./hourly-deltas";
import { HyperLogLog } from "./hyperloglog";

const ROWS_PER_INSERT = 50;

// Prisma's SQLite adapter stores DateTime as ISO 8601 text with an explicit UTC offset.
const toSqliteDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** A click as positional parameters in the INSERT's column order: faster to bind than names. */
function packClick(row: ClickRow): (string | number | null)[] {
  return [
    toSqliteDate(row.at),
    row.redirectId,
    row.sessionId,
    row.eventType,
    JSON.stringify(row.properties),
    row.targetUrl,
    row.source,
    row.ip,
    row.userAgent,
    row.browser,
    row.os,
    row.deviceType,
    row.isBot ? 1 : 0,
    row.botReason,
    row.country,
    row.referer,
    row.acceptLanguage,
    row.privacyReason,
  ];
}

export function createSqliteClickWriter(databaseUrl: string): ClickWriter {
  const file = sqliteFilePath(databaseUrl);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 5000 });
  // The log is synced at checkpoints, not per commit: a crash can lose the last commits of
  // the OS buffer, never corrupt the file; the write-behind buffer already accepts that.
  db.pragma("synchronous = NORMAL");
  // Room for the hot index pages of Click (64 MiB), so appends rarely read from the file.
  db.pragma("cache_size = -65536");

  const insertRows = (n: number) =>
    db.prepare(`INSERT INTO "Click" ("at","redirectId","sessionId","eventType","properties","targetUrl","source","ip","userAgent","browser","os","deviceType","isBot","botReason","country","referer","acceptLanguage","privacyReason")
      VALUES ${Array(n).fill("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").join(",")}`);
  // Rows go in groups of ROWS_PER_INSERT: one call into SQLite per group instead of per row.
  const insertGroup = insertRows(ROWS_PER_INSERT);
  const insertOne = insertRows(1);
  const hourly = rollupStatements(db, { counts: "ClickHourly", dims: "ClickHourlyDim", time: "hour" });
  const daily = rollupStatements(db, { counts: "ClickDaily", dims: "ClickDailyDim", time: "day" });

  const writeTx = db.transaction((clicks: EnrichedClick[], deltas: HourlyDelta[]) => {
    let i = 0;
    for (; i + ROWS_PER_INSERT <= clicks.length; i += ROWS_PER_INSERT) {
      insertGroup.run(clicks.slice(i, i + ROWS_PER_INSERT).flatMap((c) => packClick(c.row)));
    }
    for (; i < clicks.length; i++) insertOne.run(packClick(clicks[i].row));
    hourly(deltas);
    daily(dailyDeltas(deltas));
  });

  return {
    async write(clicks, deltas) {
      writeTx.immediate(clicks, deltas);
    },
    async close() {
      db.close();
    },
  };
}

/** Adds deltas to one rollup pair (ClickHourly + ClickHourlyDim, or the daily ones), merging sketches. */
function rollupStatements(db: Database.Database, t: { counts: string; dims: string; time: string }) {
  const select = db.prepare(`SELECT "sessions","visitors" FROM "${t.counts}" WHERE "redirectId" = ? AND "${t.time}" = ?`);
  const upsert = db.prepare(`INSERT INTO "${t.counts}" ("redirectId","${t.time}","total","human","bot","sessions","visitors")
    VALUES (?,?,?,?,?,?,?)
    ON CONFLICT ("redirectId","${t.time}") DO UPDATE SET
      "total" = "total" + excluded."total", "human" = "human" + excluded."human",
      "bot" = "bot" + excluded."bot", "sessions" = excluded."sessions", "visitors" = excluded."visitors"`);
  const upsertDim = db.prepare(`INSERT INTO "${t.dims}" ("scope","${t.time}","dim","value","total","human","bot")
    VALUES (?,?,?,?,?,?,?)
    ON CONFLICT ("scope","${t.time}","dim","value") DO UPDATE SET
      "total" = "total" + excluded."total", "human" = "human" + excluded."human", "bot" = "bot" + excluded."bot"`);
  return (deltas: HourlyDelta[]) => {
    for (const d of deltas) {
      const start = toSqliteDate(d.start);
      const current = select.get(d.redirectId, start) as { sessions: Buffer | null; visitors: Buffer | null } | undefined;
      upsert.run(
        d.redirectId,
        start,
        d.total,
        d.human,
        d.bot,
        Buffer.from(HyperLogLog.deserialize(current?.sessions).merge(d.sessions).serialize()),
        Buffer.from(HyperLogLog.deserialize(current?.visitors).merge(d.visitors).serialize()),
      );
    }
    for (const r of dimRows(deltas)) {
      upsertDim.run(r.scope, toSqliteDate(r.start), r.dim, r.value, r.counts.total, r.counts.human, r.counts.bot);
    }
  };
}
