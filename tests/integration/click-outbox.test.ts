import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "../../lib/auth/roles";
import type { PostgresClickOutbox, SqliteClickOutbox } from "../../lib/clicks/click-outbox";
import { createPostgresClickWriter } from "../../lib/clicks/click-writer-postgres";
import { createSqliteClickWriter } from "../../lib/clicks/click-writer-sqlite";
import type { ClickWriter } from "../../lib/clicks/click-writer";
import { enrichBatch } from "../../lib/clicks/enrich-batch";
import { hourlyDeltas } from "../../lib/clicks/hourly-deltas";
import { getDb } from "../../lib/db/client";
import { BurstDetector } from "../../lib/bots/burst-detector";
import { createOptOutCache } from "../../lib/privacy/opt-outs";
import { createPrivacySettingsCache } from "../../lib/settings/privacy-settings";
import { providerOf } from "../../lib/db/provider";
import { createRedirect } from "../../lib/redirects/create-redirect";
import { createWebhook } from "../../lib/webhooks/create-webhook";
import { deleteWebhook } from "../../lib/webhooks/delete-webhook";
import { postgresWebhookOutbox } from "../../lib/webhooks/outbox-postgres";
import { sqliteWebhookOutbox } from "../../lib/webhooks/outbox-sqlite";
import { uid, userActor } from "../support/actors";
import { rawClick } from "../support/raw-click";

/**
 * The click writers call the outbox they are given inside their transaction (lib/clicks/
 * click-outbox.ts): a click and its webhook outbox rows commit together or not at all.
 */

const url = inject("databaseUrl");
const publicAddress = { resolve: async () => [{ address: "93.184.216.34", family: 4 }] };

let admin: Actor;
let destinationId: string;
const writers: ClickWriter[] = [];

beforeAll(async () => {
  admin = await userActor("admin");
  destinationId = (await createWebhook(admin, { name: uid("dest"), url: "https://hooks.example.com/in" }, publicAddress)).id;
});

afterEach(async () => {
  await Promise.all(writers.splice(0).map((w) => w.close()));
});

afterAll(async () => {
  await deleteWebhook(admin, destinationId);
});

interface Seen {
  queued: number;
  committed: number;
}

/** This database's webhook outbox, watched; with `failAfterQueue` its queue throws once its rows are in. */
function writer(seen: Seen, failAfterQueue: boolean): ClickWriter {
  const counted = (queued: number) => {
    seen.queued += queued;
    if (failAfterQueue) throw new Error("fails after queuing");
    return queued;
  };
  const committed = () => {
    seen.committed++;
  };
  const postgres: PostgresClickOutbox = {
    async open(client) {
      const queue = await postgresWebhookOutbox.open(client);
      return queue && (async (clicks) => counted(await queue(clicks)));
    },
    committed,
  };
  const sqlite: SqliteClickOutbox = (db) => {
    const real = sqliteWebhookOutbox(db);
    return {
      open() {
        const queue = real.open();
        return queue && ((clicks) => counted(queue(clicks)));
      },
      committed,
    };
  };
  const built = providerOf(url) === "postgres" ? createPostgresClickWriter(url, postgres) : createSqliteClickWriter(url, sqlite);
  writers.push(built);
  return built;
}

async function write(w: ClickWriter, redirectId: string, n: number) {
  const db = getDb();
  const enrichment = {
    privacySettings: createPrivacySettingsCache(db),
    optOuts: createOptOutCache(db),
    burst: new BurstDetector(),
  };
  const enriched = await enrichBatch(
    Array.from({ length: n }, () => rawClick(redirectId)),
    enrichment,
  );
  enrichment.privacySettings.close();
  enrichment.optOuts.close();
  await w.write(enriched, hourlyDeltas(enriched));
}

const clicksOf = (redirectId: string) => getDb().click.count({ where: { redirectId } });
const deliveriesOf = async (redirectId: string) =>
  getDb().webhookDelivery.count({
    where: { destinationId, clickId: { in: (await getDb().click.findMany({ where: { redirectId } })).map((c) => c.id) } },
  });

describe("the click writers' outbox", () => {
  it("queues a batch's events in the batch's transaction and signals once it has committed", async () => {
    const redirect = await createRedirect(admin, { name: uid("r"), targetUrl: "https://example.com/o" });
    const seen = { queued: 0, committed: 0 };
    await write(writer(seen, false), redirect.id, 3);
    expect(seen.queued).toBeGreaterThanOrEqual(3);
    expect(seen.committed).toBe(1);
    expect(await clicksOf(redirect.id)).toBe(3);
    expect(await deliveriesOf(redirect.id)).toBe(3);
  });

  it("rolls the clicks back with their outbox rows when the outbox fails after queuing", async () => {
    const redirect = await createRedirect(admin, { name: uid("r"), targetUrl: "https://example.com/o" });
    const deliveries = () => getDb().webhookDelivery.count({ where: { destinationId } });
    const before = await deliveries();
    const seen = { queued: 0, committed: 0 };
    await expect(write(writer(seen, true), redirect.id, 3)).rejects.toThrow("fails after queuing");
    expect(seen.queued).toBeGreaterThanOrEqual(3);
    expect(seen.committed).toBe(0);
    expect(await clicksOf(redirect.id)).toBe(0);
    expect(await deliveries()).toBe(before);
    expect(await getDb().clickHourly.count({ where: { redirectId: redirect.id } })).toBe(0);
  });

  it("writes clicks without IDs and signals nothing when no destination is enabled", async () => {
    const redirect = await createRedirect(admin, { name: uid("r"), targetUrl: "https://example.com/o" });
    const enabled = await getDb().webhookDestination.findMany({ where: { enabled: true }, select: { id: true } });
    const ids = enabled.map((d) => d.id);
    await getDb().webhookDestination.updateMany({ where: { id: { in: ids } }, data: { enabled: false } });
    try {
      const seen = { queued: 0, committed: 0 };
      await write(writer(seen, false), redirect.id, 2);
      expect(seen).toEqual({ queued: 0, committed: 0 });
      expect(await clicksOf(redirect.id)).toBe(2);
    } finally {
      await getDb().webhookDestination.updateMany({ where: { id: { in: ids } }, data: { enabled: true } });
    }
  });
});
