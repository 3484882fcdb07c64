import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { parseInput } from "../errors";
import { sessionRefSchema } from "./schema";

/** How many clicks erasing this session would delete, for the confirmation. */
export async function countSessionClicks(actor: Actor, sessionId: unknown): Promise<number> {
  assertCan(actor, "sessions:erase");
  const { sessionId: id } = parseInput(sessionRefSchema, { sessionId });
  return getDb().click.count({ where: { sessionId: id } });
}
