import { z } from "zod";

/**
 * A list's page in its query. From URL search params, so numbers come as strings and are
 * coerced; a value out of range falls back to the default, as the rest of a list query does.
 */
export const pagingQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25).catch(25),
};

/** What a paged list returns. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export function pageOf<T>(items: T[], total: number, { page, pageSize }: { page: number; pageSize: number }): Page<T> {
  return { items, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
