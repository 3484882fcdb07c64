import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { clickTotalsByRedirect, totalsOf } from "../clicks/click-totals";
import { getDb } from "../db/client";
import { parseInput } from "../errors";
import { findRedirectRow } from "./find-redirect-row";
import { invalidateRedirect } from "./redirect-cache";
import { redirectUpdateSchema, type RedirectDto } from "./schema";
import { redirectInclude, toRedirectDto } from "./to-dto";

/** Partial update: only the fields present change. The ID itself never changes. */
export async function updateRedirect(actor: Actor, id: string, input: unknown): Promise<RedirectDto> {
  assertCan(actor, "redirects:write");
  const patch = parseInput(redirectUpdateSchema, input);
  const clicks = totalsOf(await clickTotalsByRedirect([id]), id).total;
  const updated = await getDb().$transaction(async (tx) => {
    const before = toRedirectDto(await findRedirectRow(tx, id), clicks);
    const { tags, ...fields } = patch;
    const updated = await tx.redirect.update({
      where: { id },
      data: {
        ...fields,
        updatedById: actor.userId,
        ...(tags && { tags: { deleteMany: {}, create: tags.map((tag) => ({ tag })) } }),
      },
      include: redirectInclude,
    });
    const after = toRedirectDto(updated, clicks);
    await recordAudit(tx, actor, {
      action: "redirect.update",
      entityType: "redirect",
      entityId: id,
      before,
      after,
    });
    return after;
  });
  invalidateRedirect(id);
  return updated;
}
