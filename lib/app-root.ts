import fs from "node:fs";
import path from "node:path";

const root = fs.existsSync(/* turbopackIgnore: true */ __filename)
  ? path.resolve(/* turbopackIgnore: true */ __dirname, "..")
  : /* turbopackIgnore: true */ process.cwd();

/**
 * The Clicktrail folder (the one holding package.json). Relative data paths — the SQLite file
 * of DATABASE_URL, AUTH_SECRET_FILE, the migrations — resolve against it rather than the
 * working directory, so the CLI started from any folder opens the server's database and
 * secret. Found from this file's location when it runs from source (server.ts and its
 * threads, the CLI, tests). Next's bundle has no source location (Turbopack reports
 * `/ROOT/...`), but Next only serves from its project folder as the working directory.
 */
export function appRoot(): string {
  return root;
}

/** An absolute path as is; a relative one against appRoot(). */
export function resolveFromAppRoot(file: string): string {
  return path.resolve(appRoot(), file);
}
