"use server";

import { headers } from "next/headers";
import { publicOriginOf } from "@/lib/api/request-public-origin";
import { runAction, type ActionResult } from "@/lib/auth/action-result";
import { rewriteEmail, type RewriteEmailResult } from "@/lib/email/rewrite-email";

/** Signs every link of the email on the origin recipients reach; stores nothing, so no revalidation. */
export async function rewriteEmailAction(input: unknown): Promise<ActionResult<RewriteEmailResult>> {
  return runAction(async (actor) => rewriteEmail(actor, input, publicOriginOf(await headers())));
}
