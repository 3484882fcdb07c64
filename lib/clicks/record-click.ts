import { getDb } from "../db/client";
import type { ClickInput } from "../redirects/serve";

/** Stores one click. Enrichment (UA parsing, GeoIP, bots) is not built yet and stays null. */
export async function recordClick(click: ClickInput): Promise<void> {
  await getDb().click.create({ data: click });
}
