/**
 * A cheap, iterative check of a parsed JSON value against size limits, run before any recursive
 * code sees it (zod's lazy schemas, JSON.stringify, Prisma's query serialiser, which gives up
 * past ~128 levels). JSON.parse accepts values nested hundreds of thousands of levels deep;
 * this walk stops at the first limit passed, so such a value costs next to nothing.
 * Pure: client components run it too.
 */

export interface JsonLimits {
  /** Levels of nested objects and arrays; the value itself is level 1. */
  maxDepth: number;
  /** Object keys in all, nested ones included. */
  maxKeys: number;
  /** Items of any one array. */
  maxItems: number;
  /** Characters of the value as JSON.stringify writes it. */
  maxChars: number;
}

/**
 * Which limit was passed first. `text`: a key or string holds NUL (\u0000), which PostgreSQL's
 * jsonb refuses, or an unpaired UTF-16 surrogate, which Prisma's query serialiser refuses.
 */
export type JsonLimitBreach = "depth" | "keys" | "items" | "chars" | "text";

// Matched one code point at a time: linear in the string's length.
const UNSTORABLE_TEXT = /[\u0000\p{Cs}]/u;

export function checkJsonLimits(value: unknown, limits: JsonLimits): JsonLimitBreach | null {
  const values: unknown[] = [value];
  const depths: number[] = [1];
  let keys = 0;
  let chars = 0;
  while (values.length > 0) {
    const current = values.pop();
    const depth = depths.pop()!;
    if (typeof current === "string") {
      if (UNSTORABLE_TEXT.test(current)) return "text";
      chars += jsonStringLength(current);
    } else if (Array.isArray(current)) {
      if (depth > limits.maxDepth) return "depth";
      if (current.length > limits.maxItems) return "items";
      chars += 2 + Math.max(0, current.length - 1);
      for (let i = current.length - 1; i >= 0; i--) {
        values.push(current[i]);
        depths.push(depth + 1);
      }
    } else if (isPlainObject(current)) {
      if (depth > limits.maxDepth) return "depth";
      const names = Object.keys(current);
      keys += names.length;
      if (keys > limits.maxKeys) return "keys";
      // Braces, a colon per key and the commas between entries.
      chars += 2 + names.length + Math.max(0, names.length - 1);
      for (const name of names) {
        if (UNSTORABLE_TEXT.test(name)) return "text";
        chars += jsonStringLength(name);
        values.push(current[name]);
        depths.push(depth + 1);
      }
    } else {
      chars += leafLength(current);
    }
    if (chars > limits.maxChars) return "chars";
  }
  return null;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const jsonStringLength = (s: string) => JSON.stringify(s).length;

/** JSON.stringify's length for a number, boolean or null; other values are refused by the schema, not measured. */
function leafLength(v: unknown): number {
  if (v === null) return 4;
  if (typeof v === "boolean") return v ? 4 : 5;
  if (typeof v === "number") return Number.isFinite(v) ? String(v).length : 4;
  return 0;
}
