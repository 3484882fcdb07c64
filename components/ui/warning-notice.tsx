import { Info } from "lucide-react";
import type { ReactNode } from "react";

/** A status line in warning colours above a page's content: something to know, not an error. */
export function WarningNotice({ children }: { children: ReactNode }) {
  return (
    <div
      role="status"
      className="flex gap-2.5 rounded-control border border-warning/30 bg-warning-soft px-3.5 py-2.5 text-[13px] text-warning"
    >
      <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
      <p>{children}</p>
    </div>
  );
}
