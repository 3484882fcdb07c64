import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";

export interface OverviewFacts {
  /** Redirects that answer (not paused, not deleted). */
  activeRedirects: number;
  /** The newest active redirect, for a new install's "try this link". */
  newestActiveRedirectId: string | null;
  /** Whether any click was ever stored: tells a new install from a quiet range. */
  hasClicks: boolean;
}

/** What the overview shows beside the report: checked from aggregates, which retention keeps. */
export async function getOverviewFacts(actor: Actor): Promise<OverviewFacts> {
  assertCan(actor, "clicks:read");
  const db = getDb();
  const active = { deletedAt: null, status: "active" };
  const [activeRedirects, newest, anyHour] = await Promise.all([
    db.redirect.count({ where: active }),
    db.redirect.findFirst({ where: active, orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: { id: true } }),
    db.clickHourly.findFirst({ select: { hour: true } }),
  ]);
  return { activeRedirects, newestActiveRedirectId: newest?.id ?? null, hasClicks: anyHour !== null };
}
