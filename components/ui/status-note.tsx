import { CircleCheck, Info } from "lucide-react";
import type { ReactNode } from "react";
import { Alert } from "./alert";
import { cn } from "./cn";

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

/**
 * A card's last row for the actions of its rows: the error of the last one, or its outcome.
 * Always rendered, bordered only when it says something, so the status live region exists
 * before its first message.
 */
export function CardStatus({ error, outcome }: { error: string | null; outcome: string | null }) {
  return (
    <div className={cn("flex flex-col gap-3 px-4 sm:px-5", (error || outcome) && "border-t border-border py-3")}>
      {error && <Alert title={error} />}
      <StatusNote>{outcome}</StatusNote>
    </div>
  );
}
