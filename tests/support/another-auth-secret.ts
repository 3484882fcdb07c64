const holder = globalThis as unknown as { __clicktrailAuthSecret?: string };

/**
 * Runs `fn` as an instance whose AUTH_SECRET differs (or as this one before its secret was
 * changed): whatever it seals, this process cannot open afterwards. Swaps the secret that
 * lib/auth/secret.ts caches, as the suites swap the cached config.
 */
export async function underAnotherAuthSecret<T>(fn: () => Promise<T>): Promise<T> {
  const saved = holder.__clicktrailAuthSecret;
  holder.__clicktrailAuthSecret = "another-secret-another-secret-another-secret";
  try {
    return await fn();
  } finally {
    holder.__clicktrailAuthSecret = saved;
  }
}
