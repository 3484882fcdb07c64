/**
 * `npm run cli -- <command> [--flag value …]`: thin adapters over lib/, acting as the local
 * administrator (whoever can run this can read the database file anyway).
 */
import { parseArgs } from "node:util";
import { ConfigError, parseConfig } from "../lib/config";
import { toAppError } from "../lib/db/errors";
import { migrate } from "../lib/db/migrate";
import { installThreadParts, type ThreadParts } from "../lib/threads/thread-parts";
import { buildThreadParts, closeThreadParts } from "../lib/wiring/build-thread-parts";
import { type Commands } from "./command";
import { apiKeyCommands } from "./commands/api-keys";
import { emailCommands } from "./commands/email";
import { privacyCommands } from "./commands/privacy";
import { redirectCommands } from "./commands/redirects";
import { userCommands } from "./commands/users";
import { webhookCommands } from "./commands/webhooks";

const COMMANDS: Commands = {
  ...userCommands,
  ...apiKeyCommands,
  ...redirectCommands,
  ...webhookCommands,
  ...privacyCommands,
  ...emailCommands,
  migrate: {
    summary: "Apply pending database migrations",
    usage: "migrate",
    options: {},
    run: async () => "Database is up to date.",
  },
};

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
