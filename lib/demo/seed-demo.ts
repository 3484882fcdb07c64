import { z } from "zod";
import { MAX_RANGE_DAYS } from "../analytics/range";
import { assertCan, type Actor } from "../auth/roles";
import { createClickWriter } from "../click-pipeline/create-click-writer";
import { hourlyDeltas } from "../clicks/hourly-deltas";
import { getConfig } from "../config";
import { getDb } from "../db/client";
import { providerOf } from "../db/provider";
import { AppError, parseInput } from "../errors";
import { getOptOutSet } from "../privacy/opt-outs";
import { createRedirect } from "../redirects/create-redirect";
import type { JsonObject } from "../json/json-value";
import { getPrivacySettings } from "../settings/privacy-settings";
import { buildDemoAudience } from "./demo-audience";
import { demoRedirects } from "./demo-redirects";
import { generateDemoClicks, type DemoTarget } from "./generate-demo-clicks";

/** PostgreSQL numbers clicks with a 32-bit key; ten million demo clicks leave it plenty. */
export const MAX_DEMO_CLICKS = 10_000_000;
export const MAX_DEMO_REDIRECTS = 200;

const whole = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max.toLocaleString("en")}` })
    .int({ error: "must be a whole number" })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max.toLocaleString("en")}` });

export const seedDemoSchema = z.object({
  clicks: whole(1, MAX_DEMO_CLICKS),
  days: whole(1, MAX_RANGE_DAYS).default(90),
  redirects: whole(1, MAX_DEMO_REDIRECTS).default(24),
  seed: whole(0, 2 ** 32 - 1).default(1),
});

export interface SeedProgress {
  written: number;
  total: number;
  /** Since the first click was generated. */
  elapsedMs: number;
}

export interface SeedDemoResult {
  redirectsCreated: number;
  redirectsFound: number;
  /** Demo IDs deleted earlier: never reused, so they get no clicks. */
  redirectsSkipped: number;
  redirectIds: string[];
  clicks: number;
  bots: number;
  from: Date;
  to: Date;
  elapsedMs: number;
  /** Clicks generated and written per second, redirect creation and setup left out. */
  rowsPerSecond: number;
}

/** Clicks per writer transaction: big enough that each hour's aggregates are upserted about once. */
const BATCH_SIZE = 5_000;

/**
 * Demo data: a set of realistic redirects (created through the redirect service, the ones
 * already there kept as they are) and `clicks` clicks over the last `days` days, written in
 * time order through the real click writer, so rows and hourly aggregates match exactly what
 * the pipeline would have stored. Same `seed`, same data (relative to now).
 */
export async function seedDemo(
  actor: Actor,
  input: unknown,
  onProgress?: (progress: SeedProgress) => void,
): Promise<SeedDemoResult> {
  assertCan(actor, "redirects:write");
  const options = parseInput(seedDemoSchema, input);
  const started = performance.now();
  const specs = demoRedirects(options.redirects);

  const existing = new Map(
    (
      await getDb().redirect.findMany({
        where: { id: { in: specs.map((s) => s.redirect.id) } },
        select: { id: true, targetUrl: true, eventType: true, eventProperties: true, deletedAt: true },
      })
    ).map((r) => [r.id, r]),
  );
  let created = 0;
  const targets: DemoTarget[] = [];
  for (const spec of specs) {
    const found = existing.get(spec.redirect.id);
    if (found?.deletedAt) continue;
    // Clicks copy the redirect as stored: a demo redirect edited since the last run keeps its edits.
    const row = found ?? (await createRedirect(actor, spec.redirect));
    if (!found) created++;
    targets.push({
      ...spec,
      id: row.id,
      targetUrl: row.targetUrl,
      eventType: row.eventType,
      properties: row.eventProperties as JsonObject,
    });
  }
  if (targets.length === 0) {
    throw new AppError("bad_request", "Every demo redirect has been deleted, and deleted IDs are never reused.", {
      redirects: ["ask for more redirects: the new ones get fresh IDs"],
    });
  }

  const [privacy, optOuts] = await Promise.all([getPrivacySettings(), getOptOutSet()]);
  const to = new Date();
  const from = new Date(to.getTime() - options.days * 86_400_000);
  const clicks = generateDemoClicks({
    clicks: options.clicks,
    days: options.days,
    end: to,
    seed: options.seed,
    targets,
    audience: buildDemoAudience(),
    ipMode: privacy.ipMode,
    isOptedOut: (sessionId) => optOuts.has(sessionId),
    batchSize: BATCH_SIZE,
  });

  const writer = createClickWriter(getConfig().DATABASE_URL);
  const clicksStarted = performance.now();
  let written = 0;
  let bots = 0;
  // The next batch is generated while the previous one is written (PostgreSQL answers
  // asynchronously; SQLite's writer is synchronous, so there it simply alternates).
  let pending: Promise<void> = Promise.resolve();
  try {
    for (const batch of clicks) {
      await pending;
      pending = writer.write(batch, hourlyDeltas(batch)).then(() => {
        written += batch.length;
        for (const c of batch) if (c.row.isBot) bots++;
        onProgress?.({ written, total: options.clicks, elapsedMs: performance.now() - clicksStarted });
      });
    }
    await pending;
  } finally {
    await pending.catch(() => undefined);
    await writer.close();
  }
  // A bulk load outruns autovacuum: without fresh statistics PostgreSQL planned the 30-day
  // overview's queries as full scans (550 ms instead of 65 ms at a million clicks).
  if (providerOf(getConfig().DATABASE_URL) === "postgres") await getDb().$executeRawUnsafe("ANALYZE");
  return {
    redirectsCreated: created,
    redirectsFound: targets.length - created,
    redirectsSkipped: specs.length - targets.length,
    redirectIds: targets.map((t) => t.id),
    clicks: written,
    bots,
    from,
    to,
    elapsedMs: performance.now() - started,
    rowsPerSecond: written / ((performance.now() - clicksStarted) / 1000),
  };
}
