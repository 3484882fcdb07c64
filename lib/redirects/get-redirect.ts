import { assertCan, type Actor } from "../auth/roles";
import { clickTotalsByRedirect, totalsOf } from "../clicks/click-totals";
import { getDb } from "../db/client";
import { findRedirectRow } from "./find-redirect-row";
import type { RedirectDto } from "./schema";
import { toRedirectDto } from "./to-dto";

export async function getRedirect(actor: Actor, id: string): Promise<RedirectDto> {
  assertCan(actor, "redirects:read");
  const row = await findRedirectRow(getDb(), id);
  const totals = await clickTotalsByRedirect([id]);
  return toRedirectDto(row, totalsOf(totals, id).total);
}
