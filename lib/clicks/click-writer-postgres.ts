import { finished } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pgTimestamp } from "../db/sql-dates";
import { CLICK_COLUMNS_SQL } from "./click-columns";
import { clickCopyRows } from "./click-copy-rows";
import type { PostgresClickOutbox } from "./click-outbox";
import type { ClickWriter } from "./click-writer";
import type { EnrichedClick } from "./enrich-click";
import { dailyDeltas, dimRows, type HourlyDelta } from "./hourly-deltas";
import { HyperLogLog } from "./hyperloglog";

export function createPostgresClickWriter(databaseUrl: string, outbox: PostgresClickOutbox): ClickWriter {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on("error", () => undefined); // a dropped idle connection is replaced on next use

  return {
    async write(clicks, deltas) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const queue = await outbox.open(client);
        const ids = queue ? await allocateClickIds(client, clicks.length) : null;
        await insertClicks(client, clicks, ids);
        const daily = dailyDeltas(deltas);
        await applyDeltas(client, HOURLY, deltas);
        await applyDeltas(client, DAILY, daily);
        await applyDimDeltas(client, HOURLY, deltas);
        await applyDimDeltas(client, DAILY, daily);
        const queued = queue && ids ? await queue(clicks.map((c, i) => ({ id: ids[i], row: c.row }))) : 0;
        await client.query("COMMIT");
        if (queued > 0) outbox.committed();
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/** Click IDs drawn ahead of the insert, so the outbox rows can name them (RETURNING keeps no order). */
async function allocateClickIds(client: pg.PoolClient, n: number): Promise<number[]> {
  const { rows } = await client.query<{ id: string }>(
    `SELECT nextval(pg_get_serial_sequence('"Click"', 'id')) AS "id" FROM generate_series(1, $1)`,
    [n],
  );
  return rows.map((r) => Number(r.id));
}

async function insertClicks(client: pg.PoolClient, clicks: EnrichedClick[], ids: number[] | null) {
  const copy = client.query(copyFrom(`COPY "Click" (${CLICK_COLUMNS_SQL}${ids ? `,"id"` : ""}) FROM STDIN`));
  // "finish" comes once the server has taken every row; a refused row fails the stream.
  await finished(
    copy.end(
      clickCopyRows(
        clicks.map((c) => c.row),
        ids,
      ),
    ),
  );
}

interface RollupTables {
  counts: string;
  dims: string;
  time: string;
}
const HOURLY: RollupTables = { counts: "ClickHourly", dims: "ClickHourlyDim", time: "hour" };
const DAILY: RollupTables = { counts: "ClickDaily", dims: "ClickDailyDim", time: "day" };

/** Creates missing rows, locks them, merges the sketches in JS and adds the counts. */
async function applyDeltas(client: pg.PoolClient, t: RollupTables, deltas: HourlyDelta[]) {
  if (deltas.length === 0) return;
  const ids = deltas.map((d) => d.redirectId);
  const starts = deltas.map((d) => pgTimestamp(d.start));
  await client.query(
    `INSERT INTO "${t.counts}" ("redirectId","${t.time}") SELECT * FROM unnest($1::text[], $2::timestamp(3)[]) ON CONFLICT DO NOTHING`,
    [ids, starts],
  );
  const { rows } = await client.query<{ redirectId: string; start: string; sessions: Buffer | null; visitors: Buffer | null }>(
    `SELECT "redirectId", to_char("${t.time}", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "start", "sessions", "visitors"
       FROM "${t.counts}" WHERE ("redirectId","${t.time}") IN (SELECT * FROM unnest($1::text[], $2::timestamp(3)[]))
       ORDER BY "redirectId", "${t.time}" FOR UPDATE`,
    [ids, starts],
  );
  const current = new Map(rows.map((r) => [`${r.redirectId}\u0000${r.start}`, r]));
  const merged = deltas.map((d, i) => {
    const row = current.get(`${d.redirectId}\u0000${starts[i]}`);
    return {
      sessions: Buffer.from(HyperLogLog.deserialize(row?.sessions).merge(d.sessions).serialize()),
      visitors: Buffer.from(HyperLogLog.deserialize(row?.visitors).merge(d.visitors).serialize()),
    };
  });
  await client.query(
    `UPDATE "${t.counts}" AS c SET "total" = c."total" + d.total, "human" = c."human" + d.human,
       "bot" = c."bot" + d.bot, "sessions" = d.sessions, "visitors" = d.visitors
     FROM unnest($1::text[], $2::timestamp(3)[], $3::int[], $4::int[], $5::int[], $6::bytea[], $7::bytea[])
       AS d(rid, start, total, human, bot, sessions, visitors)
     WHERE c."redirectId" = d.rid AND c."${t.time}" = d.start`,
    [
      ids,
      starts,
      deltas.map((d) => d.total),
      deltas.map((d) => d.human),
      deltas.map((d) => d.bot),
      merged.map((m) => m.sessions),
      merged.map((m) => m.visitors),
    ],
  );
}

/** Rows in key order, so concurrent writers lock them in the same order (no deadlock). */
async function applyDimDeltas(client: pg.PoolClient, t: RollupTables, deltas: HourlyDelta[]) {
  const rows = dimRows(deltas)
    .map((r) => ({ ...r, start: pgTimestamp(r.start) }))
    .sort((a, b) => cmp(a.scope, b.scope) || cmp(a.start, b.start) || cmp(a.dim, b.dim) || cmp(a.value, b.value));
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO "${t.dims}" ("scope","${t.time}","dim","value","total","human","bot")
     SELECT * FROM unnest($1::text[], $2::timestamp(3)[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[])
     ON CONFLICT ("scope","${t.time}","dim","value") DO UPDATE SET "total" = "${t.dims}"."total" + excluded."total",
       "human" = "${t.dims}"."human" + excluded."human", "bot" = "${t.dims}"."bot" + excluded."bot"`,
    [
      rows.map((r) => r.scope),
      rows.map((r) => r.start),
      rows.map((r) => r.dim),
      rows.map((r) => r.value),
      rows.map((r) => r.counts.total),
      rows.map((r) => r.counts.human),
      rows.map((r) => r.counts.bot),
    ],
  );
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
