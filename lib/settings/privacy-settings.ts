import { assertCan, type Actor } from "../auth/roles";
import { singleValueCache, type SingleValueCache } from "../cache/single-value-cache";
import { getDb, type Db } from "../db/client";
import { threadPart } from "../threads/thread-parts";
import { jsonSetting } from "./json-setting";
import { privacySettingsPatchSchema, privacySettingsSchema, type PrivacySettings } from "./privacy-settings-schema";

export type { PrivacySettings } from "./privacy-settings-schema";

const stored = jsonSetting("privacy", privacySettingsSchema, privacySettingsPatchSchema);

/** Other instances sharing the database pick up a change within this time. */
const PRIVACY_SETTINGS_MAX_AGE_MS = 5_000;

export type PrivacySettingsCache = SingleValueCache<PrivacySettings>;

declare module "../threads/thread-parts" {
  interface ThreadParts {
    privacySettings: PrivacySettingsCache;
  }
}

export function createPrivacySettingsCache(db: Pick<Db, "setting">): PrivacySettingsCache {
  return singleValueCache("privacy-settings", () => stored.load(db), PRIVACY_SETTINGS_MAX_AGE_MS);
}

/**
 * The settings the click pipeline applies: from this thread's cache, so a batch of clicks
 * costs no query; re-read from the database at most every 5 s.
 */
export async function getPrivacySettings(): Promise<PrivacySettings> {
  return threadPart("privacySettings").get();
}

/** The stored settings, read from the database (not the cache), for the admin UI and API. */
export async function readPrivacySettings(actor: Actor): Promise<PrivacySettings> {
  assertCan(actor, "privacy:manage");
  return stored.load(getDb());
}

/** Changes the fields given, keeps the others; takes effect in this process at once. */
export async function updatePrivacySettings(actor: Actor, input: unknown): Promise<PrivacySettings> {
  assertCan(actor, "privacy:manage");
  const after = await stored.update(actor, input);
  threadPart("privacySettings").set(after);
  return after;
}
