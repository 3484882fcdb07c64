import type { RawClick } from "./raw-click";
import type { ClickWriter } from "./click-writer";
import { enrichBatch, type Enrichment } from "./enrich-batch";
import { hourlyDeltas } from "./hourly-deltas";

/** Turns captured clicks into stored ones: enrichment, aggregates and the write, in one call. */
export interface ClickStore {
  store(clicks: RawClick[]): Promise<void>;
  close(): Promise<void>;
}

declare module "../threads/thread-parts" {
  interface ThreadParts {
    /** Where the click buffer and CLICK_WRITE=sync store: the click store thread under server.ts, this thread elsewhere. */
    clickStore: ClickStore;
  }
}

export function createClickStore(writer: ClickWriter, enrichment: Enrichment): ClickStore {
  return {
    async store(clicks) {
      const enriched = await enrichBatch(clicks, enrichment);
      await writer.write(enriched, hourlyDeltas(enriched));
    },
    close: () => writer.close(),
  };
}
