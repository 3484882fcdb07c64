"use client";

import { useSyncExternalStore } from "react";

const noopSubscribe = () => () => {};

interface LocalTimeProps {
  iso: string;
  format?: "datetime" | "date";
  className?: string;
}

/**
 * A timestamp in the reader's own time zone. The server does not know it, so the first render
 * (server and hydration) shows UTC and the client re-renders with local time right after.
 */
export function LocalTime({ iso, format = "datetime", className }: LocalTimeProps) {
  const hydrated = useSyncExternalStore(
    noopSubscribe,
    () => true,
    () => false,
  );
  const timeZone = hydrated ? undefined : "UTC";
  const date = new Date(iso);
  const full = formatDate(date, "datetime", timeZone);
  return (
    <time dateTime={iso} title={hydrated ? full : `${full} UTC`} className={className}>
      {format === "date" ? formatDate(date, "date", timeZone) : full}
    </time>
  );
}

function formatDate(date: Date, kind: "date" | "datetime", timeZone: string | undefined): string {
  // A fixed locale keeps "26 Nov 2026, 09:05" unambiguous (no 11/12 vs 12/11 confusion).
  return new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    ...(kind === "datetime" && { timeStyle: "short" }),
    timeZone,
  }).format(date);
}
