"use client";

import type { VisibilityState } from "@tanstack/react-table";
import { useMemo, useSyncExternalStore } from "react";

const KEY = "clicktrail:click-log-columns";
const listeners = new Set<() => void>();

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
}

function read(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/**
 * Which columns the reader shows, remembered in this browser. The server renders the
 * defaults; the stored choice applies right after hydration.
 */
export function useColumnVisibility(defaults: VisibilityState): [VisibilityState, (next: VisibilityState) => void] {
  const stored = useSyncExternalStore(subscribe, read, () => null);
  const visibility = useMemo(() => ({ ...defaults, ...parse(stored) }), [defaults, stored]);
  const save = (next: VisibilityState) => {
    try {
      localStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Storage refused (private mode, quota): the choice then lasts until the page reloads.
    }
    listeners.forEach((l) => l());
  };
  return [visibility, save];
}

function parse(text: string | null): VisibilityState {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return {};
    return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === "boolean"));
  } catch {
    return {};
  }
}
