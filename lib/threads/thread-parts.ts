/**
 * What a thread's entry point built for it — configuration, database client, caches, click
 * buffer — read by the code below through one accessor per part (getDb(), getConfig()…).
 * Each concern declares the parts it reads (`declare module "…/threads/thread-parts"`), so a
 * builder that forgets one does not compile (lib/wiring/build-thread-parts.ts).
 *
 * The one process-wide slot (docs/adr/0020-process-wiring.md). On globalThis because Next
 * bundles its own copy of lib/, which can take no constructor arguments and must find what
 * the Next thread's entry installed before loading it; and because `next dev` re-evaluates
 * edited modules, which must not build a second database pool.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface ThreadParts {}

type Installed = Partial<ThreadParts> | (() => Partial<ThreadParts>);

const slot = globalThis as typeof globalThis & { __clicktrailThreadParts?: Installed };

/** A builder given as a function runs on first use (instrumentation.ts: nothing is built while Next builds). */
export function installThreadParts(parts: Installed): void {
  slot.__clicktrailThreadParts = parts;
}

export function hasThreadParts(): boolean {
  return slot.__clicktrailThreadParts !== undefined;
}

export function threadParts(): Partial<ThreadParts> {
  const installed = slot.__clicktrailThreadParts;
  if (typeof installed !== "function") return installed ?? {};
  const built = installed();
  slot.__clicktrailThreadParts = built;
  return built;
}

/** A part this thread's entry point did not build is a wiring mistake: it fails at once, by name. */
export function threadPart<K extends keyof ThreadParts>(name: K): ThreadParts[K] {
  const part = threadParts()[name];
  if (part === undefined) {
    throw new Error(`This thread has no ${String(name)}: its entry point builds and installs the parts it uses`);
  }
  return part as ThreadParts[K];
}
