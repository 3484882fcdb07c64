/** Redirects and demo data. */
import { CLI_ACTOR } from "../../lib/auth/roles";
import { seedDemo, type SeedDemoResult } from "../../lib/demo/seed-demo";
import { createRedirect } from "../../lib/redirects/create-redirect";
import { parseJsonOption, count, type Commands } from "../command";

export const redirectCommands: Commands = {
  "create-redirect": {
    summary: "Create a redirect from the same JSON body as POST /api/v1/redirects",
    usage: `create-redirect --json '{"name":"Promo","targetUrl":"https://example.com"}'`,
    options: { json: { type: "string" } },
    run: async (v) => {
      const redirect = await createRedirect(CLI_ACTOR, parseJsonOption(v.json));
      return `Created redirect ${redirect.id} → ${redirect.targetUrl}`;
    },
  },
  "seed-demo": {
    summary: "Create demo redirects and N realistic clicks over the last days (same --seed, same data)",
    usage: "seed-demo --clicks <n> [--days 90] [--redirects 24] [--seed 1]",
    options: { clicks: { type: "string" }, days: { type: "string" }, redirects: { type: "string" }, seed: { type: "string" } },
    run: async (v) => {
      let next = 0;
      const result = await seedDemo(CLI_ACTOR, { clicks: v.clicks, days: v.days, redirects: v.redirects, seed: v.seed }, (p) => {
        // About ten lines whatever the size, and always the last one.
        if (p.written < next && p.written < p.total) return;
        next = p.written + p.total / 10;
        const rate = Math.round(p.written / (p.elapsedMs / 1000));
        console.log(`  ${count(p.written)} / ${count(p.total)} clicks (${count(rate)} rows/s)`);
      });
      return formatSeedResult(result);
    },
  },
};

function formatSeedResult(r: SeedDemoResult): string {
  const skipped = r.redirectsSkipped ? `, ${r.redirectsSkipped} deleted and skipped` : "";
  return [
    `Seeded ${count(r.clicks)} clicks from ${r.from.toISOString()} to ${r.to.toISOString()} on ${r.redirectIds.length} demo redirects`,
    `(${r.redirectsCreated} created, ${r.redirectsFound} already there${skipped}); ${((100 * r.bots) / Math.max(1, r.clicks)).toFixed(1)} % bots.`,
    `${count(Math.round(r.rowsPerSecond))} rows/s; ${(r.elapsedMs / 1000).toFixed(1)} s in all.`,
  ].join("\n");
}
