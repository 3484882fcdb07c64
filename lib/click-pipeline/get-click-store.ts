import { getConfig } from "../config";
import { createClickStore, type ClickStore } from "../clicks/click-store";
import { createClickWriter } from "./create-click-writer";

const holder = globalThis as unknown as { __clicktrailClickStore?: { url: string; store: ClickStore } };

/**
 * The process's click store, shared by every copy of lib/. server.ts installs the worker-thread
 * store first (useClickStore); elsewhere (next dev, tests) clicks are stored in this thread.
 */
export function getClickStore(): ClickStore {
  const url = getConfig().DATABASE_URL;
  if (!holder.__clicktrailClickStore || holder.__clicktrailClickStore.url !== url) {
    holder.__clicktrailClickStore = { url, store: createClickStore(createClickWriter(url)) };
  }
  return holder.__clicktrailClickStore.store;
}

export function useClickStore(url: string, store: ClickStore): void {
  holder.__clicktrailClickStore = { url, store };
}

export async function closeClickStore(): Promise<void> {
  const current = holder.__clicktrailClickStore;
  holder.__clicktrailClickStore = undefined;
  await current?.store.close();
}
