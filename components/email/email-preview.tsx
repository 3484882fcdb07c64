"use client";

import { useMemo } from "react";
import { inertPreview } from "@/lib/email/inert-preview";

/**
 * The rewritten email rendered in a fully sandboxed frame (`sandbox=""`: no scripts, forms,
 * popups or access to this page), on white as most mail apps show it, in light and dark mode.
 */
export function EmailPreview({ html, origin }: { html: string; origin: string }) {
  const srcDoc = useMemo(() => inertPreview(html, origin), [html, origin]);
  return (
    <iframe
      title="Preview of the tracked email"
      sandbox=""
      srcDoc={srcDoc}
      className="h-[28rem] w-full rounded-control border border-border bg-white sm:h-[36rem]"
    />
  );
}
