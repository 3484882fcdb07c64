"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "../auth/action-result";
import { retireSigningKey, type RetireSigningKeyResult } from "../signing/retire-signing-key";
import { rotateSigningKey } from "../signing/rotate-signing-key";
import type { SigningKeyDto } from "../signing/schema";

function refresh<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/settings/signing-keys");
  return result;
}

export async function rotateSigningKeyAction(): Promise<ActionResult<SigningKeyDto>> {
  return refresh(await runAction((actor) => rotateSigningKey(actor)));
}

/** Without `confirm` nothing changes: the result carries the usage warning to confirm against. */
export async function retireSigningKeyAction(input: unknown): Promise<ActionResult<RetireSigningKeyResult>> {
  const result = await runAction((actor) => retireSigningKey(actor, input));
  return result.ok && result.data.retired ? refresh(result) : result;
}
