import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";

interface CopyFieldProps {
  label: string;
  value: string;
  hint?: ReactNode;
}

/** A read-only value in monospace with its copy button, for links people paste elsewhere. */
export function CopyField({ label, value, hint }: CopyFieldProps) {
  return (
    <div className="flex flex-col gap-1.5">
      <p className="text-[13px] font-medium">{label}</p>
      <div className="flex items-center gap-2 rounded-control border border-border bg-surface-muted py-1 pr-1 pl-3">
        <code className="min-w-0 flex-1 font-mono text-[13px] break-all sm:truncate" title={value}>
          {value}
        </code>
        <CopyButton value={value} label="Copy" />
      </div>
      {hint && <p className="text-[13px] text-muted">{hint}</p>}
    </div>
  );
}
