"use server";

import { headers } from "next/headers";
import { publicOriginOf } from "../api/request-public-origin";
import { runAction, type ActionResult } from "../auth/action-result";
import { rewriteEmail, type RewriteEmailResult } from "../email/rewrite-email";

/** Signs every link of the email on the origin recipients reach; stores nothing, so no revalidation. */
export async function rewriteEmailAction(input: unknown): Promise<ActionResult<RewriteEmailResult>> {
  return runAction(async (actor) => rewriteEmail(actor, input, publicOriginOf(await headers())));
}
