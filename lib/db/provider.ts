import { resolveFromAppRoot } from "../app-root";

export type DbProvider = "sqlite" | "postgres";

export function providerOf(databaseUrl: string): DbProvider {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? "postgres" : "sqlite";
}

/**
 * `file:./data/x.db` → absolute path. A relative one is resolved against the Clicktrail folder,
 * like AUTH_SECRET_FILE, so the server and a CLI run from another folder open the same file.
 */
export function sqliteFilePath(databaseUrl: string): string {
  return resolveFromAppRoot(databaseUrl.replace(/^file:/, "").split("?")[0]);
}
