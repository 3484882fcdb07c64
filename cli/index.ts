/**
 * `npm run cli -- <command> [--flag value …]`: thin adapters over lib/, acting as the local
 * administrator (whoever can run this can read the database file anyway).
 */
import { parseArgs } from "node:util";
import { createApiKey } from "../lib/api-keys/create-api-key";
import { CLI_ACTOR } from "../lib/auth/roles";
import { ConfigError, getConfig } from "../lib/config";
import { disconnectDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { AppError } from "../lib/errors";
import { createRedirect } from "../lib/redirects/create-redirect";
import { createUser } from "../lib/users/create-user";
import { setPassword } from "../lib/users/set-password";

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
    summary: "Set a user's password",
    usage: "set-password --email <email> --password <password>",
    options: { email: { type: "string" }, password: { type: "string" } },
    run: async (v) => {
      await setPassword(CLI_ACTOR, { email: v.email, password: v.password });
      return `Password changed for ${v.email}`;
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
  migrate: {
    summary: "Apply pending database migrations",
    usage: "migrate",
    options: {},
    run: async () => "Database is up to date.",
  },
};

function parseJsonOption(value: unknown): unknown {
  try {
    return JSON.parse(String(value ?? ""));
  } catch {
    throw new AppError("bad_request", "The value is not valid JSON.", { json: ["must be a JSON object"] });
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
  try {
    await migrate(getConfig().DATABASE_URL);
    console.log(await command.run(values));
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(`Error: ${err.message}`);
      for (const [field, messages] of Object.entries(err.details ?? {})) {
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
    await disconnectDb();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
