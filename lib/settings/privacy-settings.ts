import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { singleValueCache, type SingleValueCache } from "../cache/single-value-cache";
import { getDb, type Db } from "../db/client";
import { parseInput } from "../errors";
import { logger } from "../logger";
import { threadPart } from "../threads/thread-parts";
import {
  DEFAULT_PRIVACY_SETTINGS,
  privacySettingsPatchSchema,
  privacySettingsSchema,
  type PrivacySettings,
} from "./privacy-settings-schema";

export type { PrivacySettings } from "./privacy-settings-schema";

const KEY = "privacy";

/** Other instances sharing the database pick up a change within this time. */
const PRIVACY_SETTINGS_MAX_AGE_MS = 5_000;

export type PrivacySettingsCache = SingleValueCache<PrivacySettings>;

declare module "../threads/thread-parts" {
  interface ThreadParts {
    privacySettings: PrivacySettingsCache;
  }
}

export function createPrivacySettingsCache(db: Pick<Db, "setting">): PrivacySettingsCache {
  return singleValueCache("privacy-settings", () => loadPrivacySettings(db), PRIVACY_SETTINGS_MAX_AGE_MS);
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
  return loadPrivacySettings(getDb());
}

/** Changes the fields given, keeps the others; takes effect in this process at once. */
export async function updatePrivacySettings(actor: Actor, input: unknown): Promise<PrivacySettings> {
  assertCan(actor, "privacy:manage");
  const patch = parseInput(privacySettingsPatchSchema, input);
  const after = await getDb().$transaction(async (tx) => {
    const before = await loadPrivacySettings(tx);
    const next = parseInput(privacySettingsSchema, { ...before, ...patch });
    await tx.setting.upsert({
      where: { key: KEY },
      create: { key: KEY, value: next, updatedById: actor.userId },
      update: { value: next, updatedById: actor.userId },
    });
    await recordAudit(tx, actor, {
      action: "settings.update",
      entityType: "setting",
      entityId: KEY,
      before,
      after: next,
    });
    return next;
  });
  threadPart("privacySettings").set(after);
  return after;
}

async function loadPrivacySettings(db: Pick<Db, "setting">): Promise<PrivacySettings> {
  const row = await db.setting.findUnique({ where: { key: KEY } });
  if (!row) return DEFAULT_PRIVACY_SETTINGS;
  const parsed = privacySettingsSchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  // Only a hand-edited row gets here; the defaults anonymise, so failing safe means using them.
  logger.error({ issues: parsed.error.issues }, "stored privacy settings are invalid; using the defaults");
  return DEFAULT_PRIVACY_SETTINGS;
}
