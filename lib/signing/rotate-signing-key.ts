import { assertCan, type Actor } from "../auth/roles";
import { getDb } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { AppError } from "../errors";
import { insertSigningKey } from "./insert-signing-key";
import type { SigningKeyDto } from "./schema";
import { invalidateKeyRing } from "./signing-key-cache";

/** Creates the next version, which signs from now on; older unretired versions keep verifying. */
export async function rotateSigningKey(actor: Actor): Promise<SigningKeyDto> {
  assertCan(actor, "signing-keys:manage");
  try {
    return await getDb().$transaction(async (tx) => {
      const last = await tx.signingKey.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
      return insertSigningKey(tx, actor, (last?.version ?? 0) + 1, "signing-key.rotate");
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("conflict", "The key was rotated at the same time; reload the list.");
    throw err;
  } finally {
    invalidateKeyRing();
  }
}
