import { flexRender, type Table as TanstackTable } from "@tanstack/react-table";
import { cn } from "@/components/ui/cn";
import { SortableTableHead } from "@/components/ui/sortable-table-head";
import { Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { RedirectDto } from "@/lib/redirects/schema";

/** What a column definition's `meta` may carry for this table. */
export interface RedirectColumnMeta {
  /** A width utility for the column's <col>; the table is fixed-layout so cells truncate. */
  width?: string;
  numeric?: boolean;
  /** Shown only from the xl breakpoint, so the table fits beside the sidebar on a laptop. */
  wideOnly?: boolean;
}

function meta(def: { meta?: unknown }): RedirectColumnMeta {
  return (def.meta ?? {}) as RedirectColumnMeta;
}

function cellClasses(m: RedirectColumnMeta): string | undefined {
  return cn(m.numeric && "text-right", m.wideOnly && "hidden xl:table-cell") || undefined;
}

/** Renders a @tanstack/react-table instance; sorting and paging state live with the caller. */
export function RedirectTable({ table, caption }: { table: TanstackTable<RedirectDto>; caption: string }) {
  return (
    <Table className="min-w-[720px] table-fixed">
      <caption className="sr-only">{caption}</caption>
      <colgroup>
        {table.getVisibleLeafColumns().map((col) => (
          <col key={col.id} className={cn(meta(col.columnDef).width, meta(col.columnDef).wideOnly && "hidden xl:table-column")} />
        ))}
      </colgroup>
      <SortableTableHead
        table={table}
        cellClassName={(column) => cellClasses(meta(column.columnDef))}
        alignRight={(column) => Boolean(meta(column.columnDef).numeric)}
      />
      <TableBody>
        {table.getRowModel().rows.map((row) => (
          <TableRow key={row.id}>
            {row.getVisibleCells().map((cell) => (
              <TableCell key={cell.id} className={cellClasses(meta(cell.column.columnDef))}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
