import { BroadcastChannel } from "node:worker_threads";

/**
 * Tells the delivery loop that new outbox rows are waiting, so an event leaves within
 * milliseconds instead of at the next poll. A BroadcastChannel reaches every thread of the
 * process: the click writers post from the click store's thread, the admin UI from Next's.
 * Other instances sharing a PostgreSQL database are found by the worker's poll.
 */
const CHANNEL = "clicktrail:webhook-outbox";

let sender: BroadcastChannel | null = null;

export function signalOutbox(): void {
  if (!sender) {
    sender = new BroadcastChannel(CHANNEL);
    sender.unref();
  }
  sender.postMessage(1);
}

/** Calls `onSignal` for every signal from any thread; returns the unsubscribe. */
export function listenForOutbox(onSignal: () => void): () => void {
  const receiver = new BroadcastChannel(CHANNEL);
  receiver.unref();
  receiver.onmessage = () => onSignal();
  return () => receiver.close();
}
