import { afterAll, beforeAll } from "vitest";
import { storeClickNow as storeClickNowIn } from "../../lib/click-pipeline/store-click-now";
import type { Config } from "../../lib/config";
import type { RawClick } from "../../lib/clicks/raw-click";
import { installThreadParts, threadPart, threadParts, type ThreadParts } from "../../lib/threads/thread-parts";

/**
 * Runs `fn` on this test file's parts (tests/support/setup-env.ts) changed by `change`, as an
 * instance built with other settings would run; the file's own parts are back afterwards.
 */
export async function withParts<T>(
  change: (parts: Partial<ThreadParts>) => Partial<ThreadParts>,
  fn: () => Promise<T>,
): Promise<T> {
  const own = threadParts();
  installThreadParts({ ...own, ...change(own) });
  try {
    return await fn();
  } finally {
    installThreadParts(own);
  }
}

/** withParts with these configuration values. */
export function withConfig<T>(values: Partial<Config>, fn: () => Promise<T>): Promise<T> {
  return withParts((parts) => ({ config: { ...parts.config!, ...values } }), fn);
}

/** These configuration values for the tests of the enclosing file or describe block. */
export function withConfigForSuite(values: Partial<Config>): void {
  let own: Partial<ThreadParts>;
  beforeAll(() => {
    own = threadParts();
    installThreadParts({ ...own, config: { ...own.config!, ...values } });
  });
  afterAll(() => installThreadParts(own));
}

/** storeClickNow (CLICK_WRITE=sync) through this file's click store, which stores in this thread. */
export function storeClickNow(click: RawClick): Promise<void> {
  return storeClickNowIn(click, threadPart("clickStore"), threadPart("clickBuffer"));
}
