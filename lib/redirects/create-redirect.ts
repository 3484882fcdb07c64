import { recordAudit } from "../audit/record-audit";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { AppError, parseInput } from "../errors";
import { generateRedirectId } from "./generate-id";
import { invalidateRedirect } from "./redirect-cache";
import { redirectCreateSchema, type RedirectDto } from "./schema";
import { redirectInclude, toRedirectDto } from "./to-dto";

export async function createRedirect(actor: Actor, input: unknown): Promise<RedirectDto> {
  assertCan(actor, "redirects:write");
  const data = parseInput(redirectCreateSchema, input);
  const db = getDb();
  const chosen = data.id !== undefined;

  for (let attempt = 0; attempt < 5; attempt++) {
    const id = data.id ?? generateRedirectId();
    try {
      const row = await db.$transaction(async (tx) => {
        const { tags, id: _ignored, ...fields } = data;
        const created = await tx.redirect.create({
          data: {
            ...fields,
            id,
            createdById: actor.userId,
            updatedById: actor.userId,
            tags: { create: tags.map((tag) => ({ tag })) },
          },
          include: redirectInclude,
        });
        const dto = toRedirectDto(created, 0);
        await recordAudit(tx, actor, {
          action: "redirect.create",
          entityType: "redirect",
          entityId: id,
          after: dto,
        });
        return dto;
      });
      invalidateRedirect(id);
      return row;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      if (chosen) {
        throw new AppError("conflict", `The ID "${id}" is already taken.`, {
          id: ["is already taken (IDs are never reused, even after deletion)"],
        });
      }
    }
  }
  throw new AppError("conflict", "Could not generate a free ID; try again or choose one.");
}
