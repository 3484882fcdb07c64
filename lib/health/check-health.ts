import { getDb, getDbProvider } from "../db/client";

export interface Health {
  status: "ok" | "unavailable";
  database: { provider: string; reachable: boolean; latencyMs: number | null };
}

const TIMEOUT_MS = 2000;

/** Whether the database answers a trivial query within two seconds. */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      getDb().$queryRawUnsafe("SELECT 1"),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS);
      }),
    ]);
    const latencyMs = Math.round(performance.now() - started);
    return { status: "ok", database: { provider: getDbProvider(), reachable: true, latencyMs } };
  } catch {
    return { status: "unavailable", database: { provider: getDbProvider(), reachable: false, latencyMs: null } };
  } finally {
    clearTimeout(timer);
  }
}
