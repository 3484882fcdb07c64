import type { Db } from "../db/client";
import { AppError } from "../errors";
import { redirectInclude } from "./to-dto";

type Tx = Pick<Db, "redirect">;

/** A live (not deleted) redirect with everything a DTO needs, or a 404 AppError. */
export async function findRedirectRow(tx: Tx, id: string) {
  const row = await tx.redirect.findFirst({
    where: { id, deletedAt: null },
    include: redirectInclude,
  });
  if (!row) throw new AppError("not_found", `No redirect with the ID "${id}".`);
  return row;
}
