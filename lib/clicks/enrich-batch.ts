import { getBurstDetector } from "../bots/burst-detector";
import { getOptOutSet } from "../privacy/opt-outs";
import type { RawClick } from "./raw-click";
import { getPrivacySettings } from "../settings/privacy-settings";
import { enrichClick, type EnrichedClick } from "./enrich-click";

/** Enriches a batch with the privacy settings and opt-out list of the moment (both cached). */
export async function enrichBatch(raws: RawClick[]): Promise<EnrichedClick[]> {
  const [privacy, optOuts] = await Promise.all([getPrivacySettings(), getOptOutSet()]);
  const ctx = { privacy, isOptedOut: (s: string) => optOuts.has(s), burst: getBurstDetector() };
  return raws.map((raw) => enrichClick(raw, ctx));
}
