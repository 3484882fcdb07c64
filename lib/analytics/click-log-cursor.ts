/**
 * Keyset cursors of the click log: a position (at, id), which way to read from it, and a hash
 * of the query it belongs to, as base64url text. A checksum makes any edit a 400 instead of a
 * silently different page. It is an integrity check, not a secret: a cursor only positions a
 * query the caller may run anyway, whose filters are applied again on every request. Pure
 * string code, so client components may import the query schema that uses it.
 */

export interface ClickLogCursor {
  /** "next": the rows after the position in the query's order; "prev": those before it. */
  dir: "next" | "prev";
  at: Date;
  id: number;
  /** Hash of the filters and order the cursor was issued for (filterKey in click-log-query.ts). */
  key: string;
}

const VERSION = "1";
const MAX_CURSOR_LENGTH = 200;
/** Click ids are 32-bit on PostgreSQL: a larger one would fail the query instead of finding nothing. */
const MAX_ID = 2_147_483_647;

export function encodeCursor(dir: ClickLogCursor["dir"], position: { at: Date; id: number }, filterKey: string): string {
  const body = [VERSION, dir, position.at.getTime(), position.id, fnv1a(filterKey)].join(".");
  return toBase64Url(`${body}.${fnv1a(body)}`);
}

/** The cursor, or null when the text is not one encodeCursor made (or was edited). */
export function decodeCursor(text: string): ClickLogCursor | null {
  if (text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const decoded = fromBase64Url(text);
  if (decoded === null) return null;
  const parts = decoded.split(".");
  if (parts.length !== 6) return null;
  const [version, dir, atMs, id, key, checksum] = parts;
  if (version !== VERSION || fnv1a(parts.slice(0, 5).join(".")) !== checksum) return null;
  if ((dir !== "next" && dir !== "prev") || !/^\d{1,15}$/.test(atMs) || !/^\d{1,10}$/.test(id) || Number(id) > MAX_ID)
    return null;
  const at = new Date(Number(atMs));
  if (Number.isNaN(at.getTime())) return null;
  return { dir, at, id: Number(id), key };
}

/** Whether a decoded cursor was issued for this query (the same filterKey). */
export function verifyCursor(cursor: ClickLogCursor, filterKey: string): boolean {
  return cursor.key === fnv1a(filterKey);
}

/** 32-bit FNV-1a over UTF-16 code units, base 36: short, fast and the same in every runtime. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

// The body is ASCII (digits, letters and dots), so btoa/atob need no UTF-8 step.
function toBase64Url(ascii: string): string {
  return btoa(ascii).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string | null {
  try {
    return atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return null;
  }
}
