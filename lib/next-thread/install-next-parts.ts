import { parseConfig } from "../config";
import { hasThreadParts, installThreadParts } from "../threads/thread-parts";
import { buildThreadParts } from "../wiring/build-thread-parts";

/** Next's thread without server.ts (`next dev`, `next start`): its parts, built on first use. */
export function installNextParts(): void {
  if (!hasThreadParts()) installThreadParts(() => buildThreadParts(parseConfig(process.env)));
}
