import path from "node:path";

export type DbProvider = "sqlite" | "postgres";

export function providerOf(databaseUrl: string): DbProvider {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? "postgres" : "sqlite";
}

/** `file:./data/x.db` → absolute path, resolved against the working directory. */
export function sqliteFilePath(databaseUrl: string): string {
  const raw = databaseUrl.replace(/^file:/, "").split("?")[0];
  return path.resolve(process.cwd(), raw);
}
