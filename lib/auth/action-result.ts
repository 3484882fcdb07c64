import { AppError } from "../errors";
import { logger } from "../logger";
import type { Actor } from "./roles";
import { requireActionActor } from "./session-actor";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };

/**
 * The one wrapper around every server action: resolves the signed-in actor, runs the service,
 * and turns AppErrors into a result the form can show inline (unexpected errors are logged).
 */
export async function runAction<T>(fn: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn(await requireActionActor()) };
  } catch (err) {
    if (err instanceof AppError) {
      return { ok: false, code: err.code, message: err.message, fieldErrors: err.details };
    }
    logger.error({ err }, "server action failed");
    return { ok: false, code: "internal_error", message: "Something went wrong. Please try again." };
  }
}
