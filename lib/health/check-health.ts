import { getDb, getDbProvider, type Db } from "../db/client";
import type { DbProvider } from "../db/provider";

export interface Health {
  status: "ok" | "unavailable";
  database: { provider: string; reachable: boolean; latencyMs: number | null };
}

const TIMEOUT_MS = 2000;

/** Whether the database answers a trivial query within two seconds. */
export async function checkHealth(db: Db = getDb(), provider: DbProvider = getDbProvider()): Promise<Health> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRawUnsafe("SELECT 1"),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS);
      }),
    ]);
    const latencyMs = Math.round(performance.now() - started);
    return { status: "ok", database: { provider, reachable: true, latencyMs } };
  } catch {
    return { status: "unavailable", database: { provider, reachable: false, latencyMs: null } };
  } finally {
    clearTimeout(timer);
  }
}
