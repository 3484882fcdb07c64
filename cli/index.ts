/**
 * `npm run cli -- <command> [--flag value …]`: thin adapters over lib/, acting as the local
 * administrator (whoever can run this can read the database file anyway).
 */
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createApiKey } from "../lib/api-keys/create-api-key";
import { listApiKeys } from "../lib/api-keys/list-api-keys";
import { revokeApiKey } from "../lib/api-keys/revoke-api-key";
import type { ApiKeyDto } from "../lib/api-keys/schema";
import { CLI_ACTOR } from "../lib/auth/roles";
import { ConfigError, getConfig, parseConfig } from "../lib/config";
import { toAppError } from "../lib/db/errors";
import { migrate } from "../lib/db/migrate";
import { seedDemo, type SeedDemoResult } from "../lib/demo/seed-demo";
import { createSignedLink } from "../lib/email/create-signed-link";
import { decodeEmailBody } from "../lib/email/decode-email-body";
import { rewriteEmail } from "../lib/email/rewrite-email";
import { AppError } from "../lib/errors";
import { addOptOut } from "../lib/privacy/add-opt-out";
import { eraseSession } from "../lib/privacy/erase-session";
import { removeOptOut } from "../lib/privacy/remove-opt-out";
import { runRetention } from "../lib/privacy/retention";
import { createWebhook } from "../lib/webhooks/create-webhook";
import { createRedirect } from "../lib/redirects/create-redirect";
import { readPrivacySettings, updatePrivacySettings, type PrivacySettings } from "../lib/settings/privacy-settings";
import { listSigningKeys, type ListedSigningKey } from "../lib/signing/list-signing-keys";
import { retireSigningKey } from "../lib/signing/retire-signing-key";
import { rotateSigningKey } from "../lib/signing/rotate-signing-key";
import { changeUserRole } from "../lib/users/change-user-role";
import { createUser } from "../lib/users/create-user";
import { disableUser } from "../lib/users/disable-user";
import { enableUser } from "../lib/users/enable-user";
import { installThreadParts, type ThreadParts } from "../lib/threads/thread-parts";
import { listUsers } from "../lib/users/list-users";
import type { UserDto } from "../lib/users/schema";
import { setPassword } from "../lib/users/set-password";
import { buildThreadParts, closeThreadParts } from "../lib/wiring/build-thread-parts";

interface Command {
  summary: string;
  usage: string;
  options: Record<string, { type: "string" | "boolean" }>;
  run: (values: Record<string, string | boolean | undefined>) => Promise<string>;
}

const COMMANDS: Record<string, Command> = {
  "create-user": {
    summary: "Create a user who can sign in",
    usage: "create-user --email <email> --password <password> --role <admin|editor|viewer> [--name <name>]",
    options: { email: { type: "string" }, password: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
    run: async (v) => {
      const user = await createUser(CLI_ACTOR, { email: v.email, password: v.password, role: v.role, name: v.name });
      return `Created ${user.role} ${user.email} (${user.id})`;
    },
  },
  "create-api-key": {
    summary: "Create an API key (printed once)",
    usage: "create-api-key --name <name> --role <admin|editor|viewer>",
    options: { name: { type: "string" }, role: { type: "string" } },
    run: async (v) => {
      const { key, apiKey } = await createApiKey(CLI_ACTOR, { name: v.name, role: v.role });
      return `Created API key "${apiKey.name}" (${apiKey.role}). Store it now, it is not shown again:\n\n  ${key}\n`;
    },
  },
  "set-password": {
    summary: "Set a user's password (their sessions end)",
    usage: "set-password --email <email> --password <password>",
    options: { email: { type: "string" }, password: { type: "string" } },
    run: async (v) => {
      await setPassword(CLI_ACTOR, { email: v.email, password: v.password });
      return `Password changed for ${v.email}; their sessions have ended`;
    },
  },
  "list-users": {
    summary: "List the users with their role, status and last sign-in",
    usage: "list-users",
    options: {},
    run: async () => formatUsers(await listUsers(CLI_ACTOR)),
  },
  "disable-user": {
    summary: "Disable a user: they cannot sign in and their sessions end at once",
    usage: "disable-user --email <email>",
    options: { email: { type: "string" } },
    run: async (v) => {
      const { user, changed } = await disableUser(CLI_ACTOR, { email: v.email });
      return changed ? `Disabled ${user.email}; their sessions have ended` : `${user.email} was already disabled`;
    },
  },
  "enable-user": {
    summary: "Let a disabled user sign in again",
    usage: "enable-user --email <email>",
    options: { email: { type: "string" } },
    run: async (v) => {
      const { user, changed } = await enableUser(CLI_ACTOR, { email: v.email });
      return changed ? `Enabled ${user.email}; they can sign in again` : `${user.email} was not disabled`;
    },
  },
  "set-role": {
    summary: "Change a user's role (their sessions end)",
    usage: "set-role --email <email> --role <admin|editor|viewer>",
    options: { email: { type: "string" }, role: { type: "string" } },
    run: async (v) => {
      const { user, changed } = await changeUserRole(CLI_ACTOR, { email: v.email, role: v.role });
      return changed ? `${user.email} is now ${user.role}; their sessions have ended` : `${user.email} already is ${user.role}`;
    },
  },
  "list-api-keys": {
    summary: "List the API keys (never the keys themselves), revoked ones too",
    usage: "list-api-keys",
    options: {},
    run: async () => formatApiKeys(await listApiKeys(CLI_ACTOR)),
  },
  "revoke-api-key": {
    summary: "Revoke an API key: it gets 401 from now on",
    usage: "revoke-api-key --id <id> | revoke-api-key --prefix <ct_xxxxxx>",
    options: { id: { type: "string" }, prefix: { type: "string" } },
    run: async (v) => {
      const { apiKey, changed } = await revokeApiKey(CLI_ACTOR, { id: v.id, prefix: v.prefix });
      const label = `API key "${apiKey.name}" (${apiKey.prefix}…)`;
      return changed ? `Revoked ${label}; it is refused from now on` : `${label} was already revoked`;
    },
  },
  "create-redirect": {
    summary: "Create a redirect from the same JSON body as POST /api/v1/redirects",
    usage: `create-redirect --json '{"name":"Promo","targetUrl":"https://example.com"}'`,
    options: { json: { type: "string" } },
    run: async (v) => {
      const redirect = await createRedirect(CLI_ACTOR, parseJsonOption(v.json));
      return `Created redirect ${redirect.id} → ${redirect.targetUrl}`;
    },
  },
  "create-webhook": {
    summary: "Create a webhook destination from the same JSON body as POST /api/v1/webhooks (secret printed once)",
    usage: `create-webhook --json '{"name":"CRM","url":"https://crm.example.com/hooks/clicktrail"}'`,
    options: { json: { type: "string" } },
    run: async (v) => {
      const webhook = await createWebhook(CLI_ACTOR, parseJsonOption(v.json));
      return `Created webhook destination ${webhook.id} → ${webhook.url}. Its signing secret, not shown again:\n\n  ${webhook.secret}\n`;
    },
  },
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
  "seed-demo": {
    summary: "Create demo redirects and N realistic clicks over the last days (same --seed, same data)",
    usage: "seed-demo --clicks <n> [--days 90] [--redirects 24] [--seed 1]",
    options: { clicks: { type: "string" }, days: { type: "string" }, redirects: { type: "string" }, seed: { type: "string" } },
    run: async (v) => {
      let next = 0;
      const result = await seedDemo(CLI_ACTOR, { clicks: v.clicks, days: v.days, redirects: v.redirects, seed: v.seed }, (p) => {
        // About ten lines whatever the size, and always the last one.
        if (p.written < next && p.written < p.total) return;
        next = p.written + p.total / 10;
        const rate = Math.round(p.written / (p.elapsedMs / 1000));
        console.log(`  ${count(p.written)} / ${count(p.total)} clicks (${count(rate)} rows/s)`);
      });
      return formatSeedResult(result);
    },
  },
  "signing-keys": {
    summary: "List the link signing key versions, rotate to a new one or retire an old one",
    usage: "signing-keys [--list] | signing-keys --rotate | signing-keys --retire <version> [--confirm]",
    options: { list: { type: "boolean" }, rotate: { type: "boolean" }, retire: { type: "string" }, confirm: { type: "boolean" } },
    run: async (v) => {
      if ([v.list, v.rotate, v.retire !== undefined].filter(Boolean).length > 1) {
        throw new AppError("bad_request", "Give only one of --list, --rotate and --retire.");
      }
      if (v.confirm && v.retire === undefined) {
        throw new AppError("bad_request", "--confirm goes with --retire <version>.");
      }
      if (v.rotate) {
        const key = await rotateSigningKey(CLI_ACTOR);
        return `Version ${key.version} now signs new links; older versions keep verifying until retired.`;
      }
      if (v.retire !== undefined) {
        const result = await withFlagNames(retireSigningKey(CLI_ACTOR, { version: v.retire, confirm: Boolean(v.confirm) }), {
          version: "retire",
        });
        if (!result.retired) return `${result.warning}\nNothing changed. Run again with --confirm to retire it.`;
        return `Retired version ${result.key.version}; its links now get the not-found page.`;
      }
      return formatSigningKeys(await listSigningKeys(CLI_ACTOR));
    },
  },
  rewrite: {
    summary: "Rewrite an email's links as signed tracked links (and add the open pixel)",
    usage:
      "rewrite --in <email.html> --out <tracked.html> [--text-in <t.txt> --text-out <t2.txt>] [--session <id> | --session-template '{{session@id}}'] [--campaign <c>] [--tags a,b] [--no-pixel] [--www] [--json <report.json>] [--origin <https://…>]",
    options: {
      in: { type: "string" },
      out: { type: "string" },
      "text-in": { type: "string" },
      "text-out": { type: "string" },
      session: { type: "string" },
      "session-template": { type: "string" },
      campaign: { type: "string" },
      tags: { type: "string" },
      "no-pixel": { type: "boolean" },
      www: { type: "boolean" },
      json: { type: "string" },
      origin: { type: "string" },
    },
    run: async (v) => {
      const out = requiredPath(v.out, "out");
      const textPaths = v["text-in"] !== undefined || v["text-out"] !== undefined;
      const textOut = textPaths ? requiredPath(v["text-out"], "text-out") : undefined;
      const origin = cliOrigin(v.origin);
      const input = {
        html: await readEmailFile(v.in, "in"),
        ...(textPaths && { text: await readEmailFile(v["text-in"], "text-in") }),
        sessionId: v.session,
        sessionTemplate: v["session-template"],
        ...(v.campaign !== undefined && { campaign: v.campaign }),
        tags: tagsOption(v.tags),
        trackOpens: !v["no-pixel"],
        prependHttpToWww: Boolean(v.www),
      };
      const result = await withFlagNames(rewriteEmail(CLI_ACTOR, input, origin), {
        html: "in",
        text: "text-in",
        sessionId: "session",
        sessionTemplate: "session-template",
      });
      await writeFile(out, result.html);
      if (textOut !== undefined && result.text !== undefined) await writeFile(textOut, result.text);
      if (typeof v.json === "string") await writeFile(v.json, `${JSON.stringify(result.links, null, 2)}\n`);
      const tracked = result.links.filter((l) => l.tracked !== undefined).length;
      return `${tracked} link${tracked === 1 ? "" : "s"} tracked, ${result.links.length - tracked} skipped`;
    },
  },
  "sign-link": {
    summary: "Print one signed tracked link to a URL",
    usage: "sign-link --url <https://…> [--redirect <id>] [--session <id>] [--tags a,b] [--campaign <c>] [--origin <https://…>]",
    options: {
      url: { type: "string" },
      redirect: { type: "string" },
      session: { type: "string" },
      tags: { type: "string" },
      campaign: { type: "string" },
      origin: { type: "string" },
    },
    run: async (v) => {
      const input = {
        url: v.url,
        redirectId: v.redirect,
        sessionId: v.session,
        tags: tagsOption(v.tags),
        ...(v.campaign !== undefined && { campaign: v.campaign }),
      };
      const { url } = await withFlagNames(createSignedLink(CLI_ACTOR, input, cliOrigin(v.origin)), {
        redirectId: "redirect",
        sessionId: "session",
      });
      return url;
    },
  },
  migrate: {
    summary: "Apply pending database migrations",
    usage: "migrate",
    options: {},
    run: async () => "Database is up to date.",
  },
};

/** Signed links need the public origin recipients reach: --origin, else PUBLIC_URL. */
function cliOrigin(value: string | boolean | undefined): string {
  const origin = typeof value === "string" ? value : getConfig().PUBLIC_URL;
  if (origin === undefined) {
    throw new AppError("bad_request", "Set PUBLIC_URL or pass --origin: signed links need the public URL of this instance.", {
      origin: ["is required when PUBLIC_URL is not set"],
    });
  }
  const parsed = z.url({ protocol: /^https?$/ }).safeParse(origin);
  if (!parsed.success)
    throw new AppError("bad_request", "The origin is invalid.", { origin: ["must be an absolute http(s) URL"] });
  return parsed.data.replace(/\/+$/, "");
}

/** `a, b` → ["a", "b"]; the service validates each tag. */
function tagsOption(value: string | boolean | undefined): string[] | undefined {
  if (typeof value !== "string") return undefined;
  return value
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
}

function requiredPath(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== "string" || value === "")
    throw new AppError("bad_request", `--${flag} is required.`, { [flag]: ["is required"] });
  return value;
}

/** Reads an email part as bytes so invalid UTF-8 is refused rather than silently replaced. */
async function readEmailFile(value: string | boolean | undefined, flag: string): Promise<string> {
  const path = requiredPath(value, flag);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new AppError("bad_request", `Cannot read ${path}.`, { [flag]: [(err as Error).message] });
  }
  return withFlagNames(
    Promise.resolve().then(() => decodeEmailBody(bytes)),
    { body: flag },
  );
}

function parseJsonOption(value: unknown): unknown {
  try {
    return JSON.parse(String(value ?? ""));
  } catch {
    throw new AppError("bad_request", "The value is not valid JSON.", { json: ["must be a JSON object"] });
  }
}

/** `never` → null (keep forever); digits → a number; anything else is left for the schema to refuse. */
function daysOption(value: string | boolean | undefined): unknown {
  if (value === "never") return null;
  return typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
}

function formatPrivacySettings(s: PrivacySettings): string {
  return [
    `ip-mode               ${s.ipMode}`,
    `event-retention-days  ${s.eventRetentionDays ?? "never"}`,
    `ip-retention-days     ${s.ipRetentionDays ?? "never"}`,
  ].join("\n");
}

function formatSigningKeys(keys: ListedSigningKey[]): string {
  if (!keys.length) return "No signing key yet; version 1 is created when the first link is signed.";
  const unreadable = keys.filter((k) => !k.readable && k.state !== "retired");
  return [
    "version  state    created                   retired",
    ...keys.map((k) =>
      `${`v${k.version}`.padEnd(9)}${k.state.padEnd(9)}${k.createdAt.padEnd(26)}${(k.retiredAt ?? "-").padEnd(26)}${k.readable ? "" : "CANNOT BE OPENED"}`.trimEnd(),
    ),
    ...(unreadable.length
      ? [
          "",
          `Warning: ${unreadable.map((k) => `v${k.version}`).join(", ")} cannot be opened with this AUTH_SECRET (was it changed?): ` +
            `links signed with ${unreadable.length === 1 ? "it" : "them"} get the 404 page.` +
            (unreadable.some((k) => k.state === "current") ? " Nothing can be signed until you rotate (--rotate)." : ""),
        ]
      : []),
  ].join("\n");
}

/** Left-aligned columns two spaces apart; "-" for an empty cell. */
function table(header: string[], rows: (string | null)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => c ?? "-"))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join("  ")).join("\n");
}

function formatUsers(users: UserDto[]): string {
  return table(
    ["email", "role", "status", "last sign-in", "id"],
    users.map((u) => [u.email, u.role, u.disabledAt ? "disabled" : "active", u.lastLoginAt, u.id]),
  );
}

function formatApiKeys(keys: ApiKeyDto[]): string {
  if (!keys.length) return "No API keys yet; create one with create-api-key.";
  return table(
    ["prefix", "name", "role", "status", "created", "last used", "id"],
    keys.map((k) => [k.prefix, k.name, k.role, k.revokedAt ? "revoked" : "active", k.createdAt, k.lastUsedAt, k.id]),
  );
}

const count = (n: number) => n.toLocaleString("en");

function formatSeedResult(r: SeedDemoResult): string {
  const skipped = r.redirectsSkipped ? `, ${r.redirectsSkipped} deleted and skipped` : "";
  return [
    `Seeded ${count(r.clicks)} clicks from ${r.from.toISOString()} to ${r.to.toISOString()} on ${r.redirectIds.length} demo redirects`,
    `(${r.redirectsCreated} created, ${r.redirectsFound} already there${skipped}); ${((100 * r.bots) / Math.max(1, r.clicks)).toFixed(1)} % bots.`,
    `${count(Math.round(r.rowsPerSecond))} rows/s; ${(r.elapsedMs / 1000).toFixed(1)} s in all.`,
  ].join("\n");
}

/** Reports a lib/ field error under the flag the value came from (`sessionId` → `--session`). */
async function withFlagNames<T>(promise: Promise<T>, flags: Record<string, string>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (!(err instanceof AppError) || !err.details) throw err;
    const details = Object.fromEntries(Object.entries(err.details).map(([field, m]) => [flags[field] ?? field, m]));
    throw new AppError(err.code, err.message, details);
  }
}

function help(): string {
  return [
    "Usage: npm run cli -- <command> [options]",
    "",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(16)} ${c.summary}\n  ${"".padEnd(16)} ${c.usage}`),
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help") {
    console.log(help());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${help()}`);
    return 1;
  }
  let values;
  try {
    ({ values } = parseArgs({ args: rest, options: command.options, strict: true }));
  } catch (err) {
    console.error(`${(err as Error).message}\nUsage: npm run cli -- ${command.usage}`);
    return 1;
  }
  let parts: ThreadParts | undefined;
  try {
    // The process's parts, built once; the commands' services read them (lib/threads/thread-parts.ts).
    parts = buildThreadParts(parseConfig(process.env));
    installThreadParts(parts);
    await migrate(parts.config.DATABASE_URL);
    console.log(await command.run(values));
    return 0;
  } catch (err) {
    const known = toAppError(err);
    if (known) {
      console.error(`Error: ${known.message}`);
      for (const [field, messages] of Object.entries(known.details ?? {})) {
        console.error(`  --${field}: ${messages.join("; ")}`);
      }
      return 1;
    }
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    if (parts) await closeThreadParts(parts);
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
