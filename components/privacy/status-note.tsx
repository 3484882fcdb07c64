import { CircleCheck, Info } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** The outcome of a change, announced politely; rendered empty so the live region exists first. */
export function StatusNote({ tone = "success", children }: { tone?: "success" | "neutral"; children?: ReactNode }) {
  const Icon = tone === "success" ? CircleCheck : Info;
  return (
    <p
      role="status"
      className={cn("flex items-start gap-1.5 text-[13px]", tone === "success" ? "font-medium text-success" : "text-muted")}
    >
      {children && (
        <>
          <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>{children}</span>
        </>
      )}
    </p>
  );
}
