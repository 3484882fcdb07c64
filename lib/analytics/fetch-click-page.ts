import { getDb } from "../db/client";
import type { ClickLogRequest } from "./click-log-query";
import { clickLogInclude } from "./click-log-row";
import { clickLogWhere, type ClickWhere } from "./click-log-where";

/** A row to continue from, and which way: "next" in the query's order, "prev" against it. */
export interface ClickPosition {
  dir: "next" | "prev";
  at: Date;
  id: number;
}

/**
 * Up to `take` clicks of the filtered log next to a position (or from the start), in the
 * query's order. Keyset on (at, id): the row's time becomes the bound of the index range
 * itself (`at <= t`) rather than an extra condition beside `at < to`, so SQLite starts the
 * (at) index walk at the position instead of scanning down to it (0.1 ms instead of 30 ms for
 * a page 20 days back at 1,000,000 clicks). Ids grow with time, so they settle equal times.
 */
export async function fetchClickPage(request: ClickLogRequest, position: ClickPosition | null, take: number) {
  const { query, range } = request;
  const forward = !position || position.dir === "next";
  const descending = (query.order === "desc") === forward;
  let time: ClickWhere;
  if (!position) {
    time = { at: { gte: range.from, lt: range.to } };
  } else if (descending) {
    time = {
      at: { gte: range.from, ...(position.at < range.to ? { lte: position.at } : { lt: range.to }) },
      OR: [{ at: { lt: position.at } }, { id: { lt: position.id } }],
    };
  } else {
    time = {
      at: { ...(position.at >= range.from ? { gte: position.at } : { gte: range.from }), lt: range.to },
      OR: [{ at: { gt: position.at } }, { id: { gt: position.id } }],
    };
  }
  const direction = descending ? "desc" : "asc";
  const rows = await getDb().click.findMany({
    where: { ...clickLogWhere(query), ...time },
    orderBy: [{ at: direction }, { id: direction }],
    take,
    include: clickLogInclude,
  });
  // Walking back fetched the rows nearest the position first; show them in the query's order.
  return forward ? rows : rows.reverse();
}
