import { afterAll, inject } from "vitest";
import { parseConfig } from "../../lib/config";
import { installThreadParts } from "../../lib/threads/thread-parts";
import { buildThreadParts, closeThreadParts } from "../../lib/wiring/build-thread-parts";

process.env.DATABASE_URL = inject("databaseUrl");

// Each test file is a thread with its own parts, built as an entry point builds them.
const parts = buildThreadParts(parseConfig(process.env));
installThreadParts(parts);

afterAll(async () => {
  await closeThreadParts(parts);
});
