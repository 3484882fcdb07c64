import { createSignInThrottle } from "../auth/get-sign-in-throttle";
import { readAuthSecret } from "../auth/secret";
import { BurstDetector } from "../bots/burst-detector";
import { lazy } from "../cache/lazy";
import { ClickBuffer } from "../clicks/click-buffer";
import { createClickStore, type ClickStore } from "../clicks/click-store";
import { createClickWriter } from "../click-pipeline/create-click-writer";
import type { Config } from "../config";
import { createDb } from "../db/client";
import { createOptOutCache } from "../privacy/opt-outs";
import { findActiveRedirect } from "../redirects/find-active-redirect";
import { createRedirectCache } from "../redirects/redirect-cache";
import { createPrivacySettingsCache } from "../settings/privacy-settings";
import { createKeyRingCache } from "../signing/signing-key-cache";
import type { ThreadParts } from "../threads/thread-parts";

/**
 * The parts of a thread that runs the services: server.ts's, Next's, the CLI's, a test file's.
 * Each entry point calls this once and installs the result (installThreadParts); nothing here
 * connects, reads the secret or starts a timer until used. `clickStore` replaces the one storing
 * in this thread (server.ts hands over to the click store's thread).
 */
export function buildThreadParts(config: Config, options: { clickStore?: ClickStore } = {}): ThreadParts {
  const db = createDb(config.DATABASE_URL);
  const privacySettings = createPrivacySettingsCache(db);
  const optOuts = createOptOutCache(db);
  const clickStore =
    options.clickStore ??
    deferredClickStore(() =>
      createClickStore(createClickWriter(config.DATABASE_URL), { privacySettings, optOuts, burst: new BurstDetector() }),
    );
  return {
    config,
    db,
    authSecret: lazy(() => readAuthSecret(config)),
    redirectCache: createRedirectCache((id) => findActiveRedirect(db, id)),
    privacySettings,
    optOuts,
    keyRing: createKeyRingCache(db),
    signInThrottle: lazy(() => createSignInThrottle(db)),
    clickStore,
    clickBuffer: new ClickBuffer(clickStore),
  };
}

/** Ends what buildThreadParts built: timers, thread channels, the click store, database connections. */
export async function closeThreadParts(parts: ThreadParts): Promise<void> {
  parts.clickBuffer.stop();
  for (const cache of [parts.redirectCache, parts.privacySettings, parts.optOuts, parts.keyRing]) cache.close();
  await parts.clickStore.close();
  await parts.db.$disconnect();
}

/** Opens the store (its writer's database connection) on the first click. */
function deferredClickStore(open: () => ClickStore): ClickStore {
  let opened: ClickStore | undefined;
  return {
    store: (clicks) => (opened ??= open()).store(clicks),
    close: async () => {
      await opened?.close();
    },
  };
}
