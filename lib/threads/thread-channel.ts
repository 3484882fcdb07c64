import { BroadcastChannel } from "node:worker_threads";

export interface ThreadChannel<T> {
  post(message: T): void;
  listen(onMessage: (message: T) => void): void;
  /** Stops hearing; an unclosed channel does not keep the process alive either. */
  close(): void;
}

/**
 * Messages between the threads of this process: the redirect thread, Next.js's and the click
 * store's. A BroadcastChannel reaches the other channels of the same name, never itself: each
 * cache owns one (lib/wiring/build-thread-parts.ts builds them once per thread), so a thread
 * does not hear its own changes. Other processes are not reached; they rely on the caches'
 * time bounds.
 */
export function createThreadChannel<T>(name: string): ThreadChannel<T> {
  const channel = new BroadcastChannel(name);
  channel.unref();
  const listeners: ((message: T) => void)[] = [];
  channel.onmessage = (event) => {
    for (const listener of listeners) listener((event as { data: T }).data);
  };
  return {
    post: (message) => channel.postMessage(message),
    listen: (onMessage) => void listeners.push(onMessage),
    close: () => channel.close(),
  };
}
