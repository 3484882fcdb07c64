import { assertCan, type Actor } from "../auth/roles";
import { getDb, getDbProvider } from "../db/client";
import { parseInput } from "../errors";
import { pageOf } from "../validation/paging";
import { optOutListQuerySchema, type OptOutPage } from "./schema";
import { toOptOutDtos } from "./to-opt-out-dto";

/** The opt-out list, newest first, optionally filtered by session ID or note. */
export async function listOptOuts(actor: Actor, query: unknown): Promise<OptOutPage> {
  assertCan(actor, "privacy:manage");
  const { q, page, pageSize } = parseInput(optOutListQuerySchema, query);
  // SQLite's LIKE is already case-insensitive for ASCII; PostgreSQL needs it asked for.
  const mode = getDbProvider() === "postgres" ? ({ mode: "insensitive" } as const) : {};
  const where = q ? { OR: [{ sessionId: { contains: q, ...mode } }, { note: { contains: q, ...mode } }] } : {};
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.optOut.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { sessionId: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.optOut.count({ where }),
  ]);
  return pageOf(await toOptOutDtos(rows), total, { page, pageSize });
}
