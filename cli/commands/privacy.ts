/** Privacy: erasure, the opt-out list, settings and retention. */
import { CLI_ACTOR } from "../../lib/auth/roles";
import { addOptOut } from "../../lib/privacy/add-opt-out";
import { eraseSession } from "../../lib/privacy/erase-session";
import { removeOptOut } from "../../lib/privacy/remove-opt-out";
import { runRetention } from "../../lib/privacy/retention";
import { readPrivacySettings, updatePrivacySettings, type PrivacySettings } from "../../lib/settings/privacy-settings";
import { withFlagNames, daysOption, type Commands } from "../command";

export const privacyCommands: Commands = {
  "erase-session": {
    summary: "Delete every click of a session ID (erasure; written to the audit log)",
    usage: "erase-session --session <id>",
    options: { session: { type: "string" } },
    run: async (v) => {
      const { erased } = await withFlagNames(eraseSession(CLI_ACTOR, v.session), { sessionId: "session" });
      return `Erased ${erased} click${erased === 1 ? "" : "s"} of session ${v.session}`;
    },
  },
  "opt-out": {
    summary: "Put a session ID on the opt-out list (its clicks are stored anonymously), or take it off",
    usage: "opt-out --session <id> [--note <text>] | opt-out --session <id> --remove",
    options: { session: { type: "string" }, remove: { type: "boolean" }, note: { type: "string" } },
    run: async (v) => {
      const flags = { sessionId: "session" };
      if (v.remove) {
        await withFlagNames(removeOptOut(CLI_ACTOR, v.session), flags);
        return `Removed ${v.session} from the opt-out list`;
      }
      const optOut = await withFlagNames(addOptOut(CLI_ACTOR, { sessionId: v.session, note: v.note }), flags);
      return `Added ${optOut.sessionId} to the opt-out list (running instances apply it within 5 s)`;
    },
  },
  "privacy-settings": {
    summary: "Show the privacy settings, changing the ones given first",
    usage:
      "privacy-settings [--ip-mode <full|anonymized|none>] [--event-retention-days <N|never>] [--ip-retention-days <N|never>]",
    options: {
      "ip-mode": { type: "string" },
      "event-retention-days": { type: "string" },
      "ip-retention-days": { type: "string" },
    },
    run: async (v) => {
      const patch = {
        ...(v["ip-mode"] !== undefined && { ipMode: v["ip-mode"] }),
        ...(v["event-retention-days"] !== undefined && { eventRetentionDays: daysOption(v["event-retention-days"]) }),
        ...(v["ip-retention-days"] !== undefined && { ipRetentionDays: daysOption(v["ip-retention-days"]) }),
      };
      const settings = Object.keys(patch).length
        ? await withFlagNames(updatePrivacySettings(CLI_ACTOR, patch), {
            ipMode: "ip-mode",
            eventRetentionDays: "event-retention-days",
            ipRetentionDays: "ip-retention-days",
          })
        : await readPrivacySettings(CLI_ACTOR);
      return formatPrivacySettings(settings);
    },
  },
  retention: {
    summary: "Delete click events and IP addresses older than the retention settings, now",
    usage: "retention",
    options: {},
    run: async () => {
      const { eventsDeleted, ipsPurged, deliveriesDeleted } = await runRetention();
      return `Deleted ${eventsDeleted} click events; removed the IP address from ${ipsPurged} more; deleted ${deliveriesDeleted} old webhook deliveries`;
    },
  },
};

function formatPrivacySettings(s: PrivacySettings): string {
  return [
    `ip-mode               ${s.ipMode}`,
    `event-retention-days  ${s.eventRetentionDays ?? "never"}`,
    `ip-retention-days     ${s.ipRetentionDays ?? "never"}`,
  ].join("\n");
}
