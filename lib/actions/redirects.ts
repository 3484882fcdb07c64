"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "../auth/action-result";
import { parseInput } from "../errors";
import { createRedirect } from "../redirects/create-redirect";
import { deleteRedirect } from "../redirects/delete-redirect";
import { redirectIdSchema, type RedirectDto } from "../redirects/schema";
import { updateRedirect } from "../redirects/update-redirect";

/** Every page shows redirect data (dashboard, list, detail), so a write refreshes them all. */
function afterWrite<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function createRedirectAction(input: unknown): Promise<ActionResult<RedirectDto>> {
  return afterWrite(await runAction((actor) => createRedirect(actor, input)));
}

export async function updateRedirectAction(id: unknown, input: unknown): Promise<ActionResult<RedirectDto>> {
  return afterWrite(await runAction((actor) => updateRedirect(actor, parseInput(redirectIdSchema, id), input)));
}

export async function setRedirectStatusAction(id: unknown, status: unknown): Promise<ActionResult<RedirectDto>> {
  return afterWrite(await runAction((actor) => updateRedirect(actor, parseInput(redirectIdSchema, id), { status })));
}

export async function deleteRedirectAction(id: unknown): Promise<ActionResult<null>> {
  return afterWrite(
    await runAction(async (actor) => {
      await deleteRedirect(actor, parseInput(redirectIdSchema, id));
      return null;
    }),
  );
}
