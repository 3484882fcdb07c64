import { pgTimestamp } from "../db/sql-dates";
import { CLICK_COLUMN_KIND_LIST, CLICK_COLUMNS } from "./click-columns";
import type { ClickRow } from "./enrich-click";

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** One field of PostgreSQL's COPY text format: \N is NULL; backslash, tab and line breaks escaped. */
export function copyField(value: string | null): string {
  if (value === null) return "\\N";
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (ch) => ESCAPES[ch]) : value;
}

/** Each kind's COPY text, as an expression over `r.<column>`. */
const COPY_VALUE = {
  text: (field: string) => `copyField(${field})`,
  timestamp: (field: string) => `pgTimestamp(${field})`,
  json: (field: string) => `copyField(JSON.stringify(${field}))`,
  boolean: (field: string) => `(${field} ? "t" : "f")`,
};

/**
 * A batch of clicks as COPY text rows (CLICK_COLUMNS, then the ID when given). Cheaper
 * than INSERT … SELECT unnest(arrays) on both sides: no array literals to build or parse
 * (bench/RESULTS.md, "2026-11-26 (late)"). Compiled from the column table into one string
 * expression per row, as the SQLite packer is (click-sqlite-params.ts).
 */
export const clickCopyRows = new Function(
  "copyField",
  "pgTimestamp",
  `return (rows, ids) => {
  let text = "";
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    text += ${CLICK_COLUMNS.map((c, i) => COPY_VALUE[CLICK_COLUMN_KIND_LIST[i]](`r.${c}`)).join(' + "\\t" + ')} + (ids ? "\\t" + ids[i] + "\\n" : "\\n");
  }
  return text;
};`,
)(copyField, pgTimestamp) as (rows: ClickRow[], ids: number[] | null) => string;
