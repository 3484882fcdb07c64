import { toAppError } from "../db/errors";
import { logger } from "../logger";
import type { Actor } from "./roles";
import { requireActionActor } from "./session-actor";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };

/**
 * The one wrapper around every server action: resolves the signed-in actor, runs the service,
 * and turns AppErrors (and database errors the input caused) into a result the form can show
 * inline; unexpected errors are logged.
 */
export async function runAction<T>(fn: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn(await requireActionActor()) };
  } catch (err) {
    const known = toAppError(err);
    if (known) return { ok: false, code: known.code, message: known.message, fieldErrors: known.details };
    logger.error({ err }, "server action failed");
    return { ok: false, code: "internal_error", message: "Something went wrong. Please try again." };
  }
}
