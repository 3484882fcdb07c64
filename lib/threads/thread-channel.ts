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

interface Holder<T> {
  channel: BroadcastChannel;
  listeners: ((message: T) => void)[];
}

/**
 * Messages between the threads of this process: the redirect thread, Next.js's and the click
 * store's. One BroadcastChannel per name and thread, held on globalThis so that Next's bundled
 * copy of lib/ and the server's share it; a thread does not receive its own messages, and
 * other processes are not reached (they rely on the caches' time bounds).
 */
export function threadChannel<T>(name: string): { post(message: T): void; listen(onMessage: (message: T) => void): void } {
  const holder = globalThis as unknown as Record<string, Holder<T> | undefined>;
  const key = `__clicktrailChannel:${name}`;
  const get = (): Holder<T> => {
    let h = holder[key];
    if (!h) {
      const channel = new BroadcastChannel(name);
      channel.unref();
      const created: Holder<T> = { channel, listeners: [] };
      channel.onmessage = (event) => {
        for (const listener of created.listeners) listener((event as { data: T }).data);
      };
      h = holder[key] = created;
    }
    return h;
  };
  return {
    post: (message) => get().channel.postMessage(message),
    listen: (onMessage) => void get().listeners.push(onMessage),
  };
}
