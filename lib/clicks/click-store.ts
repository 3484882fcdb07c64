import type { RawClick } from "./raw-click";
import type { ClickWriter } from "./click-writer";
import { enrichBatch } from "./enrich-batch";
import { hourlyDeltas } from "./hourly-deltas";

/** Turns captured clicks into stored ones: enrichment, aggregates and the write, in one call. */
export interface ClickStore {
  store(clicks: RawClick[]): Promise<void>;
  close(): Promise<void>;
}

export function createClickStore(writer: ClickWriter): ClickStore {
  return {
    async store(clicks) {
      const enriched = await enrichBatch(clicks);
      await writer.write(enriched, hourlyDeltas(enriched));
    },
    close: () => writer.close(),
  };
}
