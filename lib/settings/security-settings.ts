import { assertCan, type Actor } from "../auth/roles";
import { getDb, type Db } from "../db/client";
import { jsonSetting } from "./json-setting";
import { securitySettingsPatchSchema, securitySettingsSchema, type SecuritySettings } from "./security-settings-schema";

export type { SecuritySettings } from "./security-settings-schema";

const stored = jsonSetting("security", securitySettingsSchema, securitySettingsPatchSchema);

/**
 * The settings a sign-in applies, read from the database each time: sign-ins are rare, and a
 * change must hold on every instance at once (turning password sign-in off, say).
 */
export function loadSecuritySettings(db: Pick<Db, "setting"> = getDb()): Promise<SecuritySettings> {
  return stored.load(db);
}

export async function readSecuritySettings(actor: Actor): Promise<SecuritySettings> {
  assertCan(actor, "security:manage");
  return stored.load(getDb());
}

/** Changes the fields given, keeps the others, audits the change. */
export async function updateSecuritySettings(actor: Actor, input: unknown): Promise<SecuritySettings> {
  assertCan(actor, "security:manage");
  return stored.update(actor, input);
}
