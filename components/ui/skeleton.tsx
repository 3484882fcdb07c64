import type { HTMLAttributes } from "react";
import { cn } from "./cn";

/** A placeholder block while content loads; hidden from assistive technology. */
export function Skeleton({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div aria-hidden className={cn("animate-pulse rounded-control bg-surface-hover", className)} {...props} />;
}
