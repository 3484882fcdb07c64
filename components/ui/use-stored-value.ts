"use client";

import { useSyncExternalStore } from "react";

/** Every hook instance in this tab: a write here re-reads them (the storage event only reaches other tabs). */
const listeners = new Set<() => void>();

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
}

/**
 * A reader's choice remembered in this browser (localStorage), the same in every tab: the
 * stored text, null when none (and on the server, so the stored choice applies right after
 * hydration), and a setter that removes the key for null.
 */
export function useStoredValue(key: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const store = (next: string | null) => {
    try {
      if (next === null) localStorage.removeItem(key);
      else localStorage.setItem(key, next);
    } catch {
      // Storage refused (private mode, quota): the choice is not kept, as the reader sees at once.
    }
    listeners.forEach((l) => l());
  };
  return [value, store];
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
