"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "../auth/action-result";
import { addOptOut } from "../privacy/add-opt-out";
import { countSessionClicks } from "../privacy/count-session-clicks";
import { eraseSession } from "../privacy/erase-session";
import { removeOptOut } from "../privacy/remove-opt-out";
import type { OptOutDto } from "../privacy/schema";
import { updatePrivacySettings, type PrivacySettings } from "../settings/privacy-settings";

function refresh<T>(result: ActionResult<T>, path: string, type?: "layout"): ActionResult<T> {
  if (result.ok) revalidatePath(path, type);
  return result;
}

export async function updatePrivacySettingsAction(input: unknown): Promise<ActionResult<PrivacySettings>> {
  return refresh(await runAction((actor) => updatePrivacySettings(actor, input)), "/settings/privacy");
}

export async function addOptOutAction(input: unknown): Promise<ActionResult<OptOutDto>> {
  return refresh(await runAction((actor) => addOptOut(actor, input)), "/settings/privacy");
}

export async function removeOptOutAction(sessionId: unknown): Promise<ActionResult<null>> {
  return refresh(
    await runAction(async (actor) => {
      await removeOptOut(actor, sessionId);
      return null;
    }),
    "/settings/privacy",
  );
}

export async function countSessionClicksAction(sessionId: unknown): Promise<ActionResult<number>> {
  return runAction((actor) => countSessionClicks(actor, sessionId));
}

/** Erased clicks disappear from the dashboard and click pages too: refresh them all. */
export async function eraseSessionAction(sessionId: unknown): Promise<ActionResult<{ erased: number }>> {
  return refresh(await runAction((actor) => eraseSession(actor, sessionId)), "/", "layout");
}
