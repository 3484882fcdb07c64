import pg from "pg";
import type { ClickWriter } from "./click-writer";
import type { EnrichedClick } from "./enrich-click";
import { dimRows, type HourlyDelta } from "./hourly-deltas";
import { HyperLogLog } from "./hyperloglog";

// Prisma maps DateTime to `timestamp(3)` without time zone holding UTC: send UTC wall time.
const toPgTimestamp = (d: Date) => d.toISOString().slice(0, 23);

export function createPostgresClickWriter(databaseUrl: string): ClickWriter {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on("error", () => undefined); // a dropped idle connection is replaced on next use

  return {
    async write(clicks, deltas) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await insertClicks(client, clicks);
        await applyDeltas(client, deltas);
        await applyDimDeltas(client, deltas);
        await client.query("COMMIT");
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

async function insertClicks(client: pg.PoolClient, clicks: EnrichedClick[]) {
  const col = <K extends keyof EnrichedClick["row"]>(k: K) => clicks.map((c) => c.row[k]);
  await client.query(
    `INSERT INTO "Click" ("at","redirectId","sessionId","eventType","properties","targetUrl","source","ip","userAgent","browser","os","deviceType","isBot","botReason","country","referer","acceptLanguage","privacyReason")
     SELECT * FROM unnest($1::timestamp(3)[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::boolean[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[])`,
    [
      clicks.map((c) => toPgTimestamp(c.row.at)),
      col("redirectId"),
      col("sessionId"),
      col("eventType"),
      clicks.map((c) => JSON.stringify(c.row.properties)),
      col("targetUrl"),
      col("source"),
      col("ip"),
      col("userAgent"),
      col("browser"),
      col("os"),
      col("deviceType"),
      col("isBot"),
      col("botReason"),
      col("country"),
      col("referer"),
      col("acceptLanguage"),
      col("privacyReason"),
    ],
  );
}

/** Creates missing rows, locks them, merges the sketches in JS and adds the counts. */
async function applyDeltas(client: pg.PoolClient, deltas: HourlyDelta[]) {
  if (deltas.length === 0) return;
  const ids = deltas.map((d) => d.redirectId);
  const hours = deltas.map((d) => toPgTimestamp(d.hour));
  await client.query(
    `INSERT INTO "ClickHourly" ("redirectId","hour") SELECT * FROM unnest($1::text[], $2::timestamp(3)[]) ON CONFLICT DO NOTHING`,
    [ids, hours],
  );
  const { rows } = await client.query<{ redirectId: string; hour: string; sessions: Buffer | null; visitors: Buffer | null }>(
    `SELECT "redirectId", to_char("hour", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "hour", "sessions", "visitors"
       FROM "ClickHourly" WHERE ("redirectId","hour") IN (SELECT * FROM unnest($1::text[], $2::timestamp(3)[]))
       ORDER BY "redirectId", "hour" FOR UPDATE`,
    [ids, hours],
  );
  const current = new Map(rows.map((r) => [`${r.redirectId}\u0000${r.hour}`, r]));
  const merged = deltas.map((d, i) => {
    const row = current.get(`${d.redirectId}\u0000${hours[i]}`);
    return {
      sessions: Buffer.from(HyperLogLog.deserialize(row?.sessions).merge(d.sessions).serialize()),
      visitors: Buffer.from(HyperLogLog.deserialize(row?.visitors).merge(d.visitors).serialize()),
    };
  });
  await client.query(
    `UPDATE "ClickHourly" AS c SET "total" = c."total" + d.total, "human" = c."human" + d.human,
       "bot" = c."bot" + d.bot, "sessions" = d.sessions, "visitors" = d.visitors
     FROM unnest($1::text[], $2::timestamp(3)[], $3::int[], $4::int[], $5::int[], $6::bytea[], $7::bytea[])
       AS d(rid, hour, total, human, bot, sessions, visitors)
     WHERE c."redirectId" = d.rid AND c."hour" = d.hour`,
    [ids, hours, deltas.map((d) => d.total), deltas.map((d) => d.human), deltas.map((d) => d.bot), merged.map((m) => m.sessions), merged.map((m) => m.visitors)],
  );
}

/** Rows in key order, so concurrent writers lock them in the same order (no deadlock). */
async function applyDimDeltas(client: pg.PoolClient, deltas: HourlyDelta[]) {
  const rows = dimRows(deltas)
    .map((r) => ({ ...r, hour: toPgTimestamp(r.hour) }))
    .sort((a, b) => cmp(a.scope, b.scope) || cmp(a.hour, b.hour) || cmp(a.dim, b.dim) || cmp(a.value, b.value));
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO "ClickHourlyDim" ("scope","hour","dim","value","total","human","bot")
     SELECT * FROM unnest($1::text[], $2::timestamp(3)[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[])
     ON CONFLICT ("scope","hour","dim","value") DO UPDATE SET "total" = "ClickHourlyDim"."total" + excluded."total",
       "human" = "ClickHourlyDim"."human" + excluded."human", "bot" = "ClickHourlyDim"."bot" + excluded."bot"`,
    [
      rows.map((r) => r.scope),
      rows.map((r) => r.hour),
      rows.map((r) => r.dim),
      rows.map((r) => r.value),
      rows.map((r) => r.counts.total),
      rows.map((r) => r.counts.human),
      rows.map((r) => r.counts.bot),
    ],
  );
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
