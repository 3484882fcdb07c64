import type { ReactNode } from "react";

/** One term/value pair inside a <dl>; `wide` spans both columns of a two-column list. */
export function DescriptionItem({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? "min-w-0 sm:col-span-2" : "min-w-0"}>
      <dt className="text-[13px] text-muted">{label}</dt>
      <dd className="mt-0.5 text-foreground">{children}</dd>
    </div>
  );
}
