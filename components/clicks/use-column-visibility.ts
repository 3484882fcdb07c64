"use client";

import type { VisibilityState } from "@tanstack/react-table";
import { useMemo } from "react";
import { useStoredValue } from "@/components/ui/use-stored-value";

const KEY = "clicktrail:click-log-columns";

/**
 * Which columns the reader shows, remembered in this browser. The server renders the
 * defaults; the stored choice applies right after hydration.
 */
export function useColumnVisibility(defaults: VisibilityState): [VisibilityState, (next: VisibilityState) => void] {
  const [stored, store] = useStoredValue(KEY);
  const visibility = useMemo(() => ({ ...defaults, ...parse(stored) }), [defaults, stored]);
  return [visibility, (next) => store(JSON.stringify(next))];
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
