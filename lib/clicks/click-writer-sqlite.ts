import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sqliteFilePath } from "../db/provider";
import { sqliteDate } from "../db/sql-dates";
import { CLICK_COLUMNS, CLICK_COLUMNS_SQL } from "./click-columns";
import type { SqliteClickOutbox } from "./click-outbox";
import type { ClickWriter } from "./click-writer";
import { clickSqlitePacker, type SqliteParam } from "./click-sqlite-params";
import type { EnrichedClick } from "./enrich-click";
import { dailyDeltas, dimRows, type HourlyDelta } from "./hourly-deltas";
import { HyperLogLog } from "./hyperloglog";

const ROWS_PER_INSERT = 50;
const MAX_YIELD_MS = 5;

const ROW_PLACEHOLDERS = `(${CLICK_COLUMNS.map(() => "?").join(",")})`;

export function createSqliteClickWriter(databaseUrl: string, createOutbox: SqliteClickOutbox): ClickWriter {
  const file = sqliteFilePath(databaseUrl);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 5000 });
  // The log is synced at checkpoints, not per commit: a crash can lose the last commits of
  // the OS buffer, never corrupt the file; the write-behind buffer already accepts that.
  db.pragma("synchronous = NORMAL");
  // Room for the hot index pages of Click (64 MiB), so appends rarely read from the file.
  db.pragma("cache_size = -65536");

  const insertRows = (n: number) =>
    db.prepare(`INSERT INTO "Click" (${CLICK_COLUMNS_SQL}) VALUES ${Array(n).fill(ROW_PLACEHOLDERS).join(",")}`);
  // Rows go in groups of ROWS_PER_INSERT: one call into SQLite per group instead of per row.
  const insertGroup = insertRows(ROWS_PER_INSERT);
  const insertOne = insertRows(1);
  const hourly = rollupStatements(db, { counts: "ClickHourly", dims: "ClickHourlyDim", time: "hour" });
  const daily = rollupStatements(db, { counts: "ClickDaily", dims: "ClickDailyDim", time: "day" });
  const outbox = createOutbox(db);

  /**
   * Returns the clicks' IDs. Click.id is AUTOINCREMENT and this connection holds the write
   * lock, so the rows of one INSERT are numbered consecutively up to its lastInsertRowid
   * (cheaper than RETURNING, which the outbox would otherwise need on every batch).
   */
  const pack = clickSqlitePacker();
  const groupParams = new Array<SqliteParam>(ROWS_PER_INSERT * CLICK_COLUMNS.length);
  const oneParams = new Array<SqliteParam>(CLICK_COLUMNS.length);
  function insertClicks(clicks: EnrichedClick[]): number[] {
    const rows = clicks.map((c) => c.row);
    const ids: number[] = [];
    const run = (from: number, count: number) => {
      const params = pack(rows, from, count, count === ROWS_PER_INSERT ? groupParams : oneParams);
      const { lastInsertRowid } = (count === ROWS_PER_INSERT ? insertGroup : insertOne).run(params);
      const last = Number(lastInsertRowid);
      for (let id = last - count + 1; id <= last; id++) ids.push(id);
    };
    let i = 0;
    for (; i + ROWS_PER_INSERT <= rows.length; i += ROWS_PER_INSERT) run(i, ROWS_PER_INSERT);
    for (; i < rows.length; i++) run(i, 1);
    return ids;
  }

  let queued = 0;
  const writeTx = db.transaction((clicks: EnrichedClick[], deltas: HourlyDelta[]) => {
    const queue = outbox.open();
    const ids = insertClicks(clicks);
    hourly(deltas);
    daily(dailyDeltas(deltas));
    if (queue) queued = queue(clicks.map((c, i) => ({ id: ids[i], row: c.row })));
  });

  // SQLite has one writer at a time and its busy handler polls (every 100 ms once waiting a
  // while): under a saturating click load, back-to-back batches would starve every other
  // writer (admin edits, the webhook delivery thread) until their 5 s timeout. After a long transaction
  // the next one waits a quarter of its length (at most 5 ms), so others get the lock.
  let lockFreeUntil = 0;
  return {
    async write(clicks, deltas) {
      const wait = lockFreeUntil - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      queued = 0;
      const started = performance.now();
      writeTx.immediate(clicks, deltas);
      const ended = performance.now();
      lockFreeUntil = ended + Math.min(MAX_YIELD_MS, (ended - started) / 4);
      if (queued > 0) outbox.committed();
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
      const start = sqliteDate(d.start);
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
      upsertDim.run(r.scope, sqliteDate(r.start), r.dim, r.value, r.counts.total, r.counts.human, r.counts.bot);
    }
  };
}
