import { ArrowDown, ArrowUp, ChevronsUpDown } from "lucide-react";
import type { MouseEventHandler, ReactNode } from "react";
import { cn } from "./cn";

interface SortableHeaderProps {
  sorted: false | "asc" | "desc";
  onClick?: MouseEventHandler<HTMLButtonElement>;
  alignRight?: boolean;
  children: ReactNode;
}

/** The button inside a sortable <th>; the <th> itself carries aria-sort. */
export function SortableHeader({ sorted, onClick, alignRight, children }: SortableHeaderProps) {
  const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ChevronsUpDown;
  return (
    <button
      type="button"
      onClick={onClick}
      className={cn(
        "-mx-1.5 inline-flex h-7 items-center gap-1 rounded px-1.5 font-medium hover:bg-surface-hover hover:text-foreground",
        sorted && "text-foreground",
        alignRight && "flex-row-reverse",
      )}
    >
      {children}
      <Icon aria-hidden className={cn("size-3.5", !sorted && "text-subtle opacity-60")} />
    </button>
  );
}
