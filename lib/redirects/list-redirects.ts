import { assertCan, type Actor } from "../auth/roles";
import { clickTotalsByRedirect, totalsOf } from "../clicks/click-totals";
import { getDb, getDbProvider } from "../db/client";
import { parseInput } from "../errors";
import { pageOf, type Page } from "../validation/paging";
import { redirectListQuerySchema, type RedirectDto } from "./schema";
import { redirectInclude, toRedirectDto } from "./to-dto";

export type RedirectPage = Page<RedirectDto>;

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
      OR: [{ id: { contains: q, ...mode } }, { name: { contains: q, ...mode } }, { targetUrl: { contains: q, ...mode } }],
    }),
  };
  const db = getDb();
  const skip = (page - 1) * pageSize;
  let rows;
  let total;
  if (sort === "clicks") {
    // Click counts live in the hourly aggregates, not in a relation Prisma can sort by: rank
    // the matching IDs in memory (one row per redirect), then load the page.
    const [ids, totals] = await Promise.all([db.redirect.findMany({ where, select: { id: true } }), clickTotalsByRedirect()]);
    const dir = order === "asc" ? 1 : -1;
    const ranked = ids
      .map(({ id }) => ({ id, clicks: totalsOf(totals, id).total }))
      .sort((a, b) => (a.clicks - b.clicks) * dir || a.id.localeCompare(b.id))
      .slice(skip, skip + pageSize)
      .map((r) => r.id);
    const pageRows = await db.redirect.findMany({ where: { id: { in: ranked } }, include: redirectInclude });
    rows = ranked.map((id) => pageRows.find((r) => r.id === id)!);
    total = ids.length;
  } else {
    [rows, total] = await Promise.all([
      db.redirect.findMany({
        where,
        include: redirectInclude,
        orderBy: [{ [sort]: order }, { id: "asc" }],
        skip,
        take: pageSize,
      }),
      db.redirect.count({ where }),
    ]);
  }
  const totals = await clickTotalsByRedirect(rows.map((r) => r.id));
  return pageOf(
    rows.map((r) => toRedirectDto(r, totalsOf(totals, r.id).total)),
    total,
    { page, pageSize },
  );
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
