import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { clickTotalsByRedirect, totalsOf } from "../clicks/click-totals";
import { getDb } from "../db/client";
import { findRedirectRow } from "./find-redirect-row";
import { invalidateRedirect } from "./redirect-cache";
import { toRedirectDto } from "./to-dto";

/** Soft delete: the ID answers 404 from now on and can never be created again. */
export async function deleteRedirect(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "redirects:write");
  await getDb().$transaction(async (tx) => {
    const before = toRedirectDto(await findRedirectRow(tx, id), totalsOf(await clickTotalsByRedirect([id], tx), id).total);
    await tx.redirect.update({
      where: { id },
      data: { deletedAt: new Date(), updatedById: actor.userId },
    });
    await recordAudit(tx, actor, {
      action: "redirect.delete",
      entityType: "redirect",
      entityId: id,
      before,
    });
  });
  invalidateRedirect(id);
}
