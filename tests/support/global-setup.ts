import type { TestProject } from "vitest/node";
import { createTestDatabase, type TestDbKind } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: TestDbKind;
  }
}

/** One fresh database for the run, on the provider named by TEST_DB; dropped afterwards. */
export default async function setup(project: TestProject) {
  const kind = (process.env.TEST_DB ?? "sqlite") as TestDbKind;
  if (kind !== "sqlite" && kind !== "postgres") throw new Error(`TEST_DB must be sqlite or postgres`);
  const db = await createTestDatabase(kind);
  console.log(`[integration] ${kind} database ready: ${db.url.replace(/\/\/[^@]*@/, "//")}`);
  project.provide("databaseUrl", db.url);
  project.provide("databaseKind", kind);
  return () => db.drop();
}
