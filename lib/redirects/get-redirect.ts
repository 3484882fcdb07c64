import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { findRedirectRow } from "./find-redirect-row";
import type { RedirectDto } from "./schema";
import { toRedirectDto } from "./to-dto";

export async function getRedirect(actor: Actor, id: string): Promise<RedirectDto> {
  assertCan(actor, "redirects:read");
  return toRedirectDto(await findRedirectRow(getDb(), id));
}
