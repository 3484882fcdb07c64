import { withParts } from "./thread-parts";

/**
 * Runs `fn` as an instance whose AUTH_SECRET differs (or as this one before its secret was
 * changed): whatever it seals, this process cannot open afterwards.
 */
export function underAnotherAuthSecret<T>(fn: () => Promise<T>): Promise<T> {
  return withParts(() => ({ authSecret: () => "another-secret-another-secret-another-secret" }), fn);
}
