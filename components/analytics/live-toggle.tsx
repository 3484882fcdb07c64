"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { cn } from "@/components/ui/cn";
import { useStoredValue } from "@/components/ui/use-stored-value";

/*
 * The choice lives in localStorage, not in the URL: it is how this reader likes to watch, not
 * part of the view. A shared or bookmarked link should not make someone else's tab poll, and
 * the choice follows the reader from the overview to every redirect page without being
 * carried through each link.
 */
const KEY = "clicktrail:live";
const REFRESH_MS = 10_000;

/** When on, re-renders the page's server data every 10 s while the tab is visible, and at once when it becomes visible again. */
export function LiveToggle() {
  const router = useRouter();
  const [stored, store] = useStoredValue(KEY);
  const live = stored === "1";

  useEffect(() => {
    if (!live) return;
    const refresh = () => {
      if (document.visibilityState === "visible") router.refresh();
    };
    const timer = setInterval(refresh, REFRESH_MS);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [live, router]);

  return (
    <button
      type="button"
      role="switch"
      aria-checked={live}
      onClick={() => store(live ? null : "1")}
      title={live ? "Updating every 10 seconds while this tab is open" : "Update this view every 10 seconds"}
      className={cn(
        "inline-flex h-9 shrink-0 items-center gap-2 rounded-control border px-3 text-[13px] font-medium transition-colors",
        live
          ? "border-success/40 bg-success-soft text-success"
          : "border-border bg-surface text-muted hover:border-border-strong hover:text-foreground",
      )}
    >
      <span aria-hidden className="relative flex size-2">
        {live && <span className="absolute inline-flex size-full animate-ping rounded-full bg-current opacity-60" />}
        <span className={cn("relative inline-flex size-2 rounded-full", live ? "bg-current" : "bg-border-strong")} />
      </span>
      Live
    </button>
  );
}
