import { assertCan, type Actor } from "../auth/roles";
import { encodeCursor } from "./click-log-cursor";
import { filterKey, parseClickLogQuery, type ClickLogRequest } from "./click-log-query";
import { toClickLogRow, type ClickLogRow } from "./click-log-row";
import { estimateClickTotal } from "./estimate-click-total";
import { fetchClickPage } from "./fetch-click-page";

export interface ClickLogPage {
  clicks: ClickLogRow[];
  /** Continues in the query's order (older clicks when newest first); null on the last page. */
  nextCursor: string | null;
  /** Goes back towards the start; null on the first page. */
  prevCursor: string | null;
  /**
   * Matching clicks: exact when the first page holds them all, otherwise from the hourly
   * aggregates where the filters allow (see estimateClickTotal); null when unknown.
   */
  estimatedTotal: number | null;
  range: { from: string; to: string; tz: string };
}

/**
 * One page of the click log, keyset-paginated on (at, id): any page costs what the first does,
 * however deep. `input` is the raw query (URL parameters or an object of the same names).
 * Session and IP filters check rows one by one (no index on either: docs/adr/0008). At
 * 1,000,000 clicks a page that finds few matches reads the whole range: 120–190 ms over 30
 * days and 380–480 ms over 90 on SQLite, 110 / 500 ms on PostgreSQL (2 shared cores). Other
 * filters and deep pages stay at 5–25 ms.
 */
export async function listClicks(actor: Actor, input: unknown): Promise<ClickLogPage> {
  assertCan(actor, "clicks:read");
  return listClicksOf(actor, parseClickLogQuery(input));
}

/** The same for a query already parsed, as the page does leniently. */
export async function listClicksOf(actor: Actor, request: ClickLogRequest): Promise<ClickLogPage> {
  assertCan(actor, "clicks:read");
  const { query, range } = request;
  const cursor = query.cursor ?? null;
  const rows = await fetchClickPage(request, cursor, query.limit + 1);
  const more = rows.length > query.limit;
  const backwards = cursor?.dir === "prev";
  // The extra row is the one farthest from the position: last going forward, first going back.
  const page = more ? (backwards ? rows.slice(1) : rows.slice(0, query.limit)) : rows;
  const key = filterKey(query);
  const first = page[0];
  const last = page[page.length - 1];

  let nextCursor: string | null = null;
  let prevCursor: string | null = null;
  if (backwards) {
    nextCursor = encodeCursor("next", last ?? cursor!, key);
    prevCursor = more ? encodeCursor("prev", first, key) : null;
  } else {
    nextCursor = more ? encodeCursor("next", last, key) : null;
    // After an empty page (the rows ran out since) going back starts from the cursor itself.
    prevCursor = cursor ? encodeCursor("prev", first ?? cursor, key) : null;
  }

  const estimatedTotal = !cursor && !more ? page.length : await estimateClickTotal(request);
  return {
    clicks: page.map(toClickLogRow),
    nextCursor,
    prevCursor,
    estimatedTotal,
    range: { from: range.from.toISOString(), to: range.to.toISOString(), tz: range.tz },
  };
}
