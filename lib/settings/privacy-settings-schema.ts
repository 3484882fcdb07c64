import { z } from "zod";

/**
 * The privacy settings: one schema for the form, server actions, the REST API and the
 * CLI. Imported by client components too, so it must not import anything server-only.
 */

export const IP_MODES = ["full", "anonymized", "none"] as const;
export type IpMode = (typeof IP_MODES)[number];

export const MAX_RETENTION_DAYS = 3650;

const days = z
  .number({ error: "must be a number of days" })
  .int({ error: "must be a whole number of days" })
  .min(1, { error: "must be at least 1 day" })
  .max(MAX_RETENTION_DAYS, { error: `must be at most ${MAX_RETENTION_DAYS} days (10 years)` });

const fields = {
  ipMode: z.enum(IP_MODES, { error: "must be full, anonymized or none" }),
  /** null: click events are kept forever. */
  eventRetentionDays: days.nullable(),
  /** null: IP addresses are kept as long as their click. */
  ipRetentionDays: days.nullable(),
};

type Retention = { eventRetentionDays: number | null; ipRetentionDays: number | null };

const IP_WITHIN_EVENTS = {
  path: ["ipRetentionDays"],
  error: "must not be longer than click events are kept",
  // Compared only once both numbers are valid; an out-of-range value has its own message.
  when: (payload: { issues: unknown[] }) => payload.issues.length === 0,
};

function ipWithinEvents(s: Retention): boolean {
  return s.eventRetentionDays === null || s.ipRetentionDays === null || s.ipRetentionDays <= s.eventRetentionDays;
}

/**
 * The stored value, with the defaults that apply when nothing is stored. Unknown keys are
 * dropped rather than refused, so a value written by a newer version still reads.
 */
export const privacySettingsSchema = z
  .object({
    ipMode: fields.ipMode.default("anonymized"),
    eventRetentionDays: fields.eventRetentionDays.default(395),
    ipRetentionDays: fields.ipRetentionDays.default(30),
  })
  .refine(ipWithinEvents, IP_WITHIN_EVENTS);

export type PrivacySettings = z.output<typeof privacySettingsSchema>;

export const DEFAULT_PRIVACY_SETTINGS: PrivacySettings = Object.freeze(privacySettingsSchema.parse({}));

/** A change: the fields given replace the current ones, the others are kept. */
export const privacySettingsPatchSchema = z
  .strictObject(fields, {
    error: (issue) => (issue.code === "unrecognized_keys" ? "unknown field" : undefined),
  })
  .partial();

export const IP_MODE_INFO: Record<IpMode, { label: string; explanation: string }> = {
  full: { label: "Full", explanation: "Store the complete IP address of every click." },
  anonymized: {
    label: "Anonymized",
    explanation: "Store only the network: IPv4 without its last byte (/24), IPv6 cut to /48.",
  },
  none: { label: "None", explanation: "Store no IP address at all." },
};
