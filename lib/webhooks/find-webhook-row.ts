import type { Db } from "../db/client";
import { AppError } from "../errors";
import { webhookSelect } from "./to-dto";

type Tx = Pick<Db, "webhookDestination">;

/** A destination with everything a DTO needs (no secret), or a 404 AppError. */
export async function findWebhookRow(tx: Tx, id: string) {
  const row = await tx.webhookDestination.findUnique({ where: { id }, select: webhookSelect });
  if (!row) throw new AppError("not_found", `No webhook destination with the ID "${id}".`);
  return row;
}
