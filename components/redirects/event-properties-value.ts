import type { JsonObject } from "@/lib/json/json-value";

export interface PropertyRow {
  rowId: number;
  key: string;
  value: string;
}

/** The editor's state: rows hold text values; raw JSON can hold any JSON value. */
export interface EventPropertiesValue {
  mode: "rows" | "raw";
  rows: PropertyRow[];
  raw: string;
}

export interface ParsedProperties {
  value?: JsonObject;
  /** A problem with the whole field (invalid JSON, not an object). */
  error?: string;
  /** Problems with single rows (no key, duplicate key), by row index. */
  rowErrors?: Record<number, string>;
}

/** Only React keys use these, never DOM ids (server and client counters differ). */
let nextRowId = 1;

export function newRow(key = "", value = ""): PropertyRow {
  return { rowId: nextRowId++, key, value };
}

export function initialProperties(properties: JsonObject | undefined): EventPropertiesValue {
  const entries = Object.entries(properties ?? {});
  if (entries.every(([, v]) => typeof v === "string")) {
    const rows = entries.map(([k, v]) => newRow(k, v as string));
    return { mode: "rows", rows: rows.length ? rows : [newRow()], raw: "" };
  }
  // Numbers, booleans or nested values would turn into text in rows, so start in raw JSON.
  return { mode: "raw", rows: [], raw: JSON.stringify(properties, null, 2) };
}

export function parseProperties(state: EventPropertiesValue): ParsedProperties {
  return state.mode === "raw" ? parseRaw(state.raw) : parseRows(state.rows);
}

function parseRows(rows: PropertyRow[]): ParsedProperties {
  const value: JsonObject = {};
  const rowErrors: Record<number, string> = {};
  for (const [index, row] of rows.entries()) {
    const key = row.key.trim();
    if (!key && !row.value) continue;
    if (!key) rowErrors[index] = "needs a key";
    else if (Object.hasOwn(value, key)) rowErrors[index] = `the key "${key}" is used twice`;
    else value[key] = row.value;
  }
  return Object.keys(rowErrors).length ? { rowErrors } : { value };
}

function parseRaw(raw: string): ParsedProperties {
  if (!raw.trim()) return { value: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (err) {
    return { error: `is not valid JSON (${err instanceof SyntaxError ? err.message : "parse error"})` };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { error: 'must be a JSON object, like {"campaign": "spring"}' };
  }
  return { value: parsed as JsonObject };
}

/** Switches between rows and raw JSON; refuses (with a reason) when that would lose data. */
export function toggleMode(state: EventPropertiesValue): { next?: EventPropertiesValue; error?: string } {
  if (state.mode === "rows") {
    const parsed = parseRows(state.rows);
    if (!parsed.value) return { error: "fix the highlighted rows before switching to raw JSON" };
    return { next: { ...state, mode: "raw", raw: JSON.stringify(parsed.value, null, 2) } };
  }
  const parsed = parseRaw(state.raw);
  if (!parsed.value) return { error: parsed.error };
  const entries = Object.entries(parsed.value);
  if (entries.some(([, v]) => typeof v !== "string")) {
    return { error: "rows hold text values only; keep raw JSON for numbers, booleans, null or nested values" };
  }
  const rows = entries.map(([k, v]) => newRow(k, v as string));
  return { next: { ...state, mode: "rows", rows: rows.length ? rows : [newRow()] } };
}
