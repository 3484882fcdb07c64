import { describe, expect, it } from "vitest";
import { DEFAULT_PRIVACY_SETTINGS, privacySettingsPatchSchema, privacySettingsSchema } from "./privacy-settings-schema";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join(".") || "_", i.message]));

describe("privacy settings schema", () => {
  it("defaults to anonymized IPs, 395 days of events and 30 days of IPs", () => {
    expect(DEFAULT_PRIVACY_SETTINGS).toEqual({ ipMode: "anonymized", eventRetentionDays: 395, ipRetentionDays: 30 });
    expect(privacySettingsSchema.parse({})).toEqual(DEFAULT_PRIVACY_SETTINGS);
  });

  it("takes null as keep forever", () => {
    expect(privacySettingsSchema.parse({ ipMode: "full", eventRetentionDays: null, ipRetentionDays: null })).toEqual({
      ipMode: "full",
      eventRetentionDays: null,
      ipRetentionDays: null,
    });
    expect(privacySettingsSchema.safeParse({ eventRetentionDays: 10, ipRetentionDays: null }).success).toBe(true);
    expect(privacySettingsSchema.safeParse({ eventRetentionDays: null, ipRetentionDays: 3650 }).success).toBe(true);
  });

  it("accepts 1 to 3650 whole days and nothing else", () => {
    for (const ok of [1, 30, 3650]) {
      expect(privacySettingsSchema.safeParse({ eventRetentionDays: 3650, ipRetentionDays: ok }).success).toBe(true);
    }
    for (const bad of [0, -1, 3651, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "30", true]) {
      const result = privacySettingsSchema.safeParse({ eventRetentionDays: bad });
      expect(result.success).toBe(false);
      expect(Object.keys(issues(result))).toEqual(["eventRetentionDays"]);
    }
  });

  it("refuses IPs kept longer than their events, on the IP field", () => {
    const result = privacySettingsSchema.safeParse({ eventRetentionDays: 10, ipRetentionDays: 11 });
    expect(issues(result)).toEqual({ ipRetentionDays: "must not be longer than click events are kept" });
    expect(privacySettingsSchema.safeParse({ eventRetentionDays: 10, ipRetentionDays: 10 }).success).toBe(true);
  });

  it("refuses an unknown IP mode", () => {
    expect(issues(privacySettingsSchema.safeParse({ ipMode: "partial" }))).toEqual({
      ipMode: "must be full, anonymized or none",
    });
  });

  it("takes a partial change and refuses unknown fields", () => {
    expect(privacySettingsPatchSchema.parse({ ipMode: "none" })).toEqual({ ipMode: "none" });
    expect(privacySettingsPatchSchema.parse({})).toEqual({});
    expect(issues(privacySettingsPatchSchema.safeParse({ ipmode: "none" }))).toEqual({ _: "unknown field" });
  });
});
