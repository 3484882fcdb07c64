import { logger } from "../logger";

/** Module state, not a part: a second copy (Next's bundle) could at worst log a line twice. */
const reported = new Set<string>();

/**
 * Logs, once per thread, that a sealed secret (a signing key version, a webhook secret) cannot
 * be opened with this AUTH_SECRET: the caches reload every few seconds and every request
 * meets the same broken key, but one line is what an operator needs.
 */
export function reportUnreadableSecret(what: string, consequence: string, err: unknown): void {
  if (reported.has(what)) return;
  reported.add(what);
  logger.error(
    { err, secret: what },
    `${what} cannot be opened with this AUTH_SECRET (was AUTH_SECRET changed, or does another instance use a different one?); ${consequence}`,
  );
}
