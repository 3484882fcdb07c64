// CPU cost per click of what the click-store thread does (lib/clicks/click-store.ts):
// the hand-over (structured clone, as postMessage does it), enrichment, the rollup deltas and
// the database write, called in-process on a fresh database with the traffic shape of
// bench/redirect-throughput.mjs (one redirect, a new session per click, one browser). The
// worker shares two cores with the redirect thread, so every microsecond here costs redirects.
// Usage: npx tsx bench/click-store.ts [--db sqlite|postgres] [--batches 200] [--runs 3]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import pg from "pg";
import { BurstDetector } from "../lib/bots/burst-detector";
import { BATCH_SIZE } from "../lib/clicks/click-buffer";
import { createClickWriter } from "../lib/click-pipeline/create-click-writer";
import { enrichBatch } from "../lib/clicks/enrich-batch";
import { hourlyDeltas } from "../lib/clicks/hourly-deltas";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { createOptOutCache } from "../lib/privacy/opt-outs";
import { createPrivacySettingsCache } from "../lib/settings/privacy-settings";
import type { RawClick } from "../lib/clicks/raw-click";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    batches: { type: "string", default: "200" },
    runs: { type: "string", default: "3" },
  },
});
const PG_ADMIN = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const UA =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

async function freshDatabase(kind: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clicktrail-store-bench-"));
    return { url: `file:${path.join(dir, "bench.db")}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `clicktrail_store_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

let sequence = 0;
function batch(): RawClick[] {
  return Array.from({ length: BATCH_SIZE }, () => ({
    at: new Date(),
    redirectId: "bench",
    sessionId: `s-${++sequence}-${Math.floor(Math.random() * 1e9)}`,
    eventType: "redirect",
    properties: { campaign: "bench" },
    targetUrl: "https://example.com/landing",
    source: "redirect" as const,
    ip: `10.${(sequence >> 16) & 255}.${(sequence >> 8) & 255}.${sequence & 255}`,
    userAgent: UA,
    referer: null,
    acceptLanguage: "en-GB,en;q=0.9",
    gpc: false,
    dnt: false,
    purpose: null,
    sessionIssue: null,
  }));
}

async function main() {
  const db = await freshDatabase(values.db!);
  const client = createDb(db.url);
  // The click store thread's parts (lib/clicks/click-store-thread.ts).
  const enrichment = {
    privacySettings: createPrivacySettingsCache(client),
    optOuts: createOptOutCache(client),
    burst: new BurstDetector(),
  };
  try {
    await migrate(db.url);
    await client.redirect.create({
      data: { id: "bench", name: "Bench", targetUrl: "https://example.com/landing", eventProperties: {} },
    });
    const writer = createClickWriter(db.url);
    const clicks = Number(values.batches) * BATCH_SIZE;
    console.log(`database: ${values.db}, ${values.batches} batches of ${BATCH_SIZE} per run, µs of CPU per click`);
    console.log("run | hand-over | enrich | deltas | write | total");
    for (let run = 0; run <= Number(values.runs); run++) {
      const t = { handover: 0, enrich: 0, deltas: 0, write: 0 };
      // CPU time, not wall time: the SQLite writer pauses between batches to let others write.
      const cpu = () => {
        const u = process.cpuUsage();
        return u.user + u.system;
      };
      for (let i = 0; i < Number(values.batches); i++) {
        const raws = batch();
        let t0 = cpu();
        const received = v8.deserialize(v8.serialize(raws)) as RawClick[];
        let t1 = cpu();
        t.handover += t1 - t0;
        t0 = t1;
        const enriched = await enrichBatch(received, enrichment);
        t1 = cpu();
        t.enrich += t1 - t0;
        t0 = t1;
        const deltas = hourlyDeltas(enriched);
        t1 = cpu();
        t.deltas += t1 - t0;
        t0 = t1;
        await writer.write(enriched, deltas);
        t.write += cpu() - t0;
      }
      const us = (micros: number) => (micros / clicks).toFixed(2);
      const total = t.handover + t.enrich + t.deltas + t.write;
      // Run 0 warms up the JIT and the caches and is not shown.
      if (run > 0) console.log(`${run} | ${us(t.handover)} | ${us(t.enrich)} | ${us(t.deltas)} | ${us(t.write)} | ${us(total)}`);
    }
    await writer.close();
  } finally {
    enrichment.privacySettings.close();
    enrichment.optOuts.close();
    await client.$disconnect();
    await db.drop();
  }
}

void main();
