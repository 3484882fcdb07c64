import type { HTMLAttributes } from "react";
import { cn } from "./cn";

/** A placeholder block while content loads; hidden from assistive technology. */
export function Skeleton({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div aria-hidden className={cn("animate-pulse rounded-control bg-surface-hover", className)} {...props} />;
}

/** A CardHeader's outline: its title and its description, `descriptionWidth` wide. */
export function CardHeaderSkeleton({ descriptionWidth }: { descriptionWidth: string }) {
  return (
    <div className="border-b border-border px-4 py-3 sm:px-5">
      <Skeleton className="h-4 w-28" />
      <Skeleton className={cn("mt-1.5 h-3", descriptionWidth)} />
    </div>
  );
}
