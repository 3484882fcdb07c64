import { assertCan, type Actor } from "../auth/roles";
import { getDb, getDbProvider } from "../db/client";
import { parseInput } from "../errors";
import { redirectListQuerySchema, type RedirectDto } from "./schema";
import { redirectInclude, toRedirectDto } from "./to-dto";

export interface RedirectPage {
  items: RedirectDto[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export async function listRedirects(actor: Actor, query: unknown): Promise<RedirectPage> {
  assertCan(actor, "redirects:read");
  const { q, tag, status, sort, order, page, pageSize } = parseInput(redirectListQuerySchema, query);
  // SQLite's LIKE is already case-insensitive for ASCII; PostgreSQL needs it asked for.
  const mode = getDbProvider() === "postgres" ? ({ mode: "insensitive" } as const) : {};
  const where = {
    deletedAt: null,
    ...(status !== "all" && { status }),
    ...(tag && { tags: { some: { tag } } }),
    ...(q && {
      OR: [
        { id: { contains: q, ...mode } },
        { name: { contains: q, ...mode } },
        { targetUrl: { contains: q, ...mode } },
      ],
    }),
  };
  const orderBy =
    sort === "clicks" ? { clicks: { _count: order } } : { [sort]: order };
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.redirect.findMany({
      where,
      include: redirectInclude,
      orderBy: [orderBy, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.redirect.count({ where }),
  ]);
  return {
    items: rows.map(toRedirectDto),
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/** Every tag in use, for the list's tag filter. */
export async function listRedirectTags(actor: Actor): Promise<string[]> {
  assertCan(actor, "redirects:read");
  const rows = await getDb().redirectTag.findMany({
    where: { redirect: { deletedAt: null } },
    distinct: ["tag"],
    select: { tag: true },
    orderBy: { tag: "asc" },
  });
  return rows.map((r) => r.tag);
}
