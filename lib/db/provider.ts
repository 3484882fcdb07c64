import path from "node:path";

export type DbProvider = "sqlite" | "postgres";

export function providerOf(databaseUrl: string): DbProvider {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? "postgres" : "sqlite";
}

/** `file:./data/x.db` → absolute path, resolved against the working directory. */
export function sqliteFilePath(databaseUrl: string): string {
  const raw = databaseUrl.replace(/^file:/, "").split("?")[0];
  // Resolved at run time against the working directory; not a build-time file reference.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), raw);
}
