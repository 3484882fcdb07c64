import { z } from "zod";
import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { AppError, parseInput } from "../errors";
import { redirectIdSchema, targetUrlSchema } from "../redirects/schema";
import { sessionIdSchema } from "../sessions/session-id";
import { ensureSigningKey } from "../signing/ensure-signing-key";
import { encodeLinkToken } from "../signing/link-token";
import { linkBase } from "../http/link-base";
import { rewriteOptionsSchema } from "./types";

const { campaign, tags } = rewriteOptionsSchema.shape;

const signedLinkSchema = z.strictObject(
  {
    url: targetUrlSchema,
    redirectId: redirectIdSchema.optional(),
    sessionId: sessionIdSchema.optional(),
    tags,
    campaign,
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "unknown field" : undefined) },
);

export type CreateSignedLinkInput = z.input<typeof signedLinkSchema>;

/**
 * One signed link `${origin}/l/{token}` to a target, for a link built outside an email. A
 * redirect ID ties its clicks to that redirect, so it must name a live one now (the link keeps
 * working if the redirect is deleted later, docs/adr/0010).
 */
export async function createSignedLink(actor: Actor, input: unknown, origin: string): Promise<{ url: string }> {
  assertCan(actor, "links:sign");
  const link = parseInput(signedLinkSchema, input);
  if (link.redirectId !== undefined) {
    const redirect = await getDb().redirect.findFirst({ where: { id: link.redirectId, deletedAt: null }, select: { id: true } });
    if (!redirect) {
      throw new AppError("not_found", `No redirect with the ID "${link.redirectId}" (it may have been deleted).`, {
        redirectId: ["must name an existing redirect"],
      });
    }
  }
  const { current } = await ensureSigningKey();
  const token = encodeLinkToken(
    {
      kind: "link",
      targetUrl: new URL(link.url).href,
      redirectId: link.redirectId ?? null,
      sessionId: link.sessionId ?? null,
      tags: link.tags,
      campaign: link.campaign,
    },
    current,
  );
  return { url: `${linkBase(origin)}/l/${token}` };
}
