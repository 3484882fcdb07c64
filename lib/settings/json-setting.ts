import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/roles";
import { getDb, type Db } from "../db/client";
import { parseInput } from "../errors";
import { logger } from "../logger";

/** A group of admin settings stored as one validated JSON value in the Setting table. */
export interface JsonSetting<T> {
  /** The stored value, or the defaults when none is stored or the stored one is invalid. */
  load(db: Pick<Db, "setting">): Promise<T>;
  /** Replaces the fields given, keeps the others, audits the change; the caller checks the permission. */
  update(actor: Actor, input: unknown): Promise<T>;
}

/**
 * `schema` reads a stored value and fills in defaults (so `schema.parse({})` is the defaults);
 * `patchSchema` checks a change, field by field.
 */
export function jsonSetting<S extends z.ZodType<object>>(
  key: string,
  schema: S,
  patchSchema: z.ZodType<Partial<z.output<S>>>,
): JsonSetting<z.output<S>> {
  type T = z.output<S>;
  const defaults = Object.freeze(schema.parse({})) as T;

  async function load(db: Pick<Db, "setting">): Promise<T> {
    const row = await db.setting.findUnique({ where: { key } });
    if (!row) return defaults;
    const parsed = schema.safeParse(row.value);
    if (parsed.success) return parsed.data;
    // Only a hand-edited row gets here; the defaults are the safe choice.
    logger.error({ key, issues: parsed.error.issues }, "stored settings are invalid; using the defaults");
    return defaults;
  }

  async function update(actor: Actor, input: unknown): Promise<T> {
    const patch = parseInput(patchSchema, input);
    return getDb().$transaction(async (tx) => {
      const before = await load(tx);
      const next = parseInput(schema, { ...before, ...patch });
      await tx.setting.upsert({
        where: { key },
        create: { key, value: next, updatedById: actor.userId },
        update: { value: next, updatedById: actor.userId },
      });
      await recordAudit(tx, actor, { action: "settings.update", entityType: "setting", entityId: key, before, after: next });
      return next;
    });
  }

  return { load, update };
}
