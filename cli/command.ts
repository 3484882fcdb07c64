import { z } from "zod";
import { getConfig } from "../lib/config";
import { AppError } from "../lib/errors";

/** One CLI command: its flags, parsed by node:util parseArgs, and a run that returns what to print. */
export interface Command {
  summary: string;
  usage: string;
  options: Record<string, { type: "string" | "boolean" }>;
  run: (values: Record<string, string | boolean | undefined>) => Promise<string>;
}

export type Commands = Record<string, Command>;

/** Reports a lib/ field error under the flag the value came from (`sessionId` → `--session`). */
export async function withFlagNames<T>(promise: Promise<T>, flags: Record<string, string>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (!(err instanceof AppError) || !err.details) throw err;
    const details = Object.fromEntries(Object.entries(err.details).map(([field, m]) => [flags[field] ?? field, m]));
    throw new AppError(err.code, err.message, details);
  }
}

export function parseJsonOption(value: unknown): unknown {
  try {
    return JSON.parse(String(value ?? ""));
  } catch {
    throw new AppError("bad_request", "The value is not valid JSON.", { json: ["must be a JSON object"] });
  }
}

export function requiredPath(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== "string" || value === "")
    throw new AppError("bad_request", `--${flag} is required.`, { [flag]: ["is required"] });
  return value;
}

/** `a, b` → ["a", "b"]; the service validates each tag. */
export function tagsOption(value: string | boolean | undefined): string[] | undefined {
  if (typeof value !== "string") return undefined;
  return value
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
}

/** `never` → null (keep forever); digits → a number; anything else is left for the schema to refuse. */
export function daysOption(value: string | boolean | undefined): unknown {
  if (value === "never") return null;
  return typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
}

/** Left-aligned columns two spaces apart; "-" for an empty cell. */
export function table(header: string[], rows: (string | null)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => c ?? "-"))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join("  ")).join("\n");
}

export const count = (n: number) => n.toLocaleString("en");

/** Signed links need the public origin recipients reach: --origin, else PUBLIC_URL. */
export function cliOrigin(value: string | boolean | undefined): string {
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
