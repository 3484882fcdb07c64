import type { EnrichedClick } from "./enrich-click";
import type { HourlyDelta } from "./hourly-deltas";

/**
 * Writes a chunk of clicks and the hourly aggregates they change in ONE transaction, so the
 * totals always equal the rows. Raw SQL on a dedicated connection: Prisma's createMany costs
 * ~200 µs a row here, far too much for the click rate (docs/adr/0008-click-pipeline.md).
 */
export interface ClickWriter {
  write(clicks: EnrichedClick[], deltas: HourlyDelta[]): Promise<void>;
  close(): Promise<void>;
}
