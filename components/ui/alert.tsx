import { CircleAlert } from "lucide-react";
import type { ReactNode } from "react";

/** A form-level error that is announced as soon as it appears. */
export function Alert({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div
      role="alert"
      className="flex gap-2.5 rounded-control border border-danger/30 bg-danger-soft px-3.5 py-3 text-sm text-danger"
    >
      <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div>
        <p className="font-medium">{title}</p>
        {children && <div className="mt-0.5 opacity-90">{children}</div>}
      </div>
    </div>
  );
}
