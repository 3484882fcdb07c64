"use client";

import type { Column } from "@tanstack/react-table";
import { Columns3 } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import type { ClickLogRow } from "@/lib/analytics/click-log-row";
import type { ClickColumnMeta } from "./click-log-columns";

/** Turns the table's columns on and off; closes on Escape or a click elsewhere. */
export function ColumnMenu({ columns, onReset }: { columns: Column<ClickLogRow, unknown>[]; onReset: () => void }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const hideable = columns.filter((c) => c.getCanHide());
  return (
    <div ref={ref} className="relative">
      <Button size="sm" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen((o) => !o)}>
        <Columns3 aria-hidden />
        Columns
      </Button>
      <div
        id={menuId}
        hidden={!open}
        className="absolute right-0 z-20 mt-1 w-60 rounded-card border border-border bg-surface p-1.5 shadow-lg"
      >
        <fieldset>
          <legend className="px-2 pt-1 pb-1.5 text-xs font-medium text-muted">Show columns</legend>
          {hideable.map((col) => (
            <label
              key={col.id}
              className="flex cursor-pointer items-center gap-2.5 rounded-control px-2 py-1.5 text-[13px] hover:bg-surface-hover"
            >
              <Checkbox checked={col.getIsVisible()} onChange={col.getToggleVisibilityHandler()} />
              {(col.columnDef.meta as ClickColumnMeta | undefined)?.label ?? col.id}
            </label>
          ))}
        </fieldset>
        <div className="mt-1 border-t border-border pt-1">
          <button
            type="button"
            onClick={onReset}
            className="w-full rounded-control px-2 py-1.5 text-left text-[13px] text-muted hover:bg-surface-hover hover:text-foreground"
          >
            Reset to the default columns
          </button>
        </div>
      </div>
    </div>
  );
}
