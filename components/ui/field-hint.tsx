import type { ReactNode } from "react";

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-[13px] text-muted">
      {children}
    </p>
  );
}
