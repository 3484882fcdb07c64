"use client";

import { useId, useMemo, useState } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { inertPreview } from "@/lib/email/inert-preview";

/**
 * The rewritten email rendered in a fully sandboxed frame (`sandbox=""`: no scripts, forms,
 * popups or access to this page), on white as most mail apps show it, in light and dark mode.
 * Its remote images, styles and fonts load only when asked: fetching them would tell their
 * hosts (senders' trackers among them) the admin's IP address and that the email was opened.
 */
export function EmailPreview({ html, origin }: { html: string; origin: string }) {
  const [remote, setRemote] = useState(false);
  const hintId = useId();
  const srcDoc = useMemo(() => inertPreview(html, origin, { remote }), [html, origin, remote]);
  return (
    <div className="flex flex-col gap-3">
      <label className="flex cursor-pointer items-start gap-2.5">
        <Checkbox checked={remote} onChange={(e) => setRemote(e.target.checked)} aria-describedby={hintId} className="mt-0.5" />
        <span className="flex flex-col gap-0.5">
          <span className="text-sm font-medium text-foreground">Load remote images</span>
          <span id={hintId} className="text-[13px] text-muted">
            Images, styles and fonts from other sites are blocked in this preview. Loading them tells those sites your IP address
            and that the email was opened.
          </span>
        </span>
      </label>
      <iframe
        title="Preview of the tracked email"
        sandbox=""
        srcDoc={srcDoc}
        className="h-[28rem] w-full rounded-control border border-border bg-white sm:h-[36rem]"
      />
    </div>
  );
}
