import type { Db } from "../db/client";
import { UNKNOWN_VALUE, type ClickLogQuery } from "./click-log-query";

export type ClickWhere = NonNullable<NonNullable<Parameters<Db["click"]["findMany"]>[0]>["where"]>;

const orUnknown = (value: string) => (value === UNKNOWN_VALUE ? null : value);

/**
 * The filters beside the time range, as a Prisma condition. Every value is a bound parameter
 * compared for equality (or an IPv4 prefix of digits and dots): a value that looks like SQL is
 * just a string that matches nothing. Only `at` and `redirectId` are indexed; the others are
 * checked on the rows the range (or redirect) index yields.
 */
export function clickLogWhere(query: ClickLogQuery): ClickWhere {
  return {
    ...(query.redirect && { redirectId: query.redirect }),
    ...(query.kind !== "all" && { isBot: query.kind === "bot" }),
    ...(query.country && { country: orUnknown(query.country) }),
    ...(query.browser && { browser: orUnknown(query.browser) }),
    ...(query.os && { os: orUnknown(query.os) }),
    ...(query.device && { deviceType: orUnknown(query.device) }),
    ...(query.session && { sessionId: query.session }),
    ...(query.ip && { ip: query.ip.endsWith(".") ? { startsWith: query.ip } : query.ip }),
  };
}
