import { getDb } from "../db/client";
import type { OptOutDto } from "./schema";

interface OptOutRow {
  sessionId: string;
  note: string;
  createdAt: Date;
  createdById: string | null;
}

/** Rows → DTOs, with the adding user's email (one query for the whole page). */
export async function toOptOutDtos(rows: OptOutRow[]): Promise<OptOutDto[]> {
  const ids = [...new Set(rows.flatMap((r) => (r.createdById ? [r.createdById] : [])))];
  const users = ids.length ? await getDb().user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } }) : [];
  const emails = new Map(users.map((u) => [u.id, u.email]));
  return rows.map((r) => ({
    sessionId: r.sessionId,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
    createdBy: (r.createdById && emails.get(r.createdById)) ?? null,
  }));
}
