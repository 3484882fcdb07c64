import type { BurstDetector } from "../bots/burst-detector";
import type { OptOutCache } from "../privacy/opt-outs";
import type { RawClick } from "./raw-click";
import type { PrivacySettingsCache } from "../settings/privacy-settings";
import { enrichClick, type EnrichedClick } from "./enrich-click";

/** What enrichment reads besides the click: the thread's caches and burst state. */
export interface Enrichment {
  privacySettings: PrivacySettingsCache;
  optOuts: OptOutCache;
  burst: BurstDetector;
}

/** Enriches a batch with the privacy settings and opt-out list of the moment (both cached). */
export async function enrichBatch(raws: RawClick[], enrichment: Enrichment): Promise<EnrichedClick[]> {
  const [privacy, optOuts] = await Promise.all([enrichment.privacySettings.get(), enrichment.optOuts.get()]);
  const ctx = { privacy, isOptedOut: (s: string) => optOuts.has(s), burst: enrichment.burst };
  return raws.map((raw) => enrichClick(raw, ctx));
}
