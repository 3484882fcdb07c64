import { flexRender, type Table as TanstackTable } from "@tanstack/react-table";
import { SortableTableHead } from "@/components/ui/sortable-table-head";
import { Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { ClickLogRow } from "@/lib/analytics/click-log-row";
import { FLEX_MIN_PX, type ClickColumnMeta } from "./click-log-columns";

const meta = (def: { meta?: unknown }) => (def.meta ?? {}) as Partial<ClickColumnMeta>;

/** Renders the click log's react-table instance; a click on a row opens its details. */
export function ClickLogTable({
  table,
  caption,
  onOpen,
}: {
  table: TanstackTable<ClickLogRow>;
  caption: string;
  onOpen: (click: ClickLogRow) => void;
}) {
  const columns = table.getVisibleLeafColumns();
  // Below the columns' widths the table scrolls sideways inside its card instead of squeezing.
  const minWidth = columns.reduce((sum, col) => sum + (meta(col.columnDef).size ?? FLEX_MIN_PX), 0);
  return (
    <Table className="table-fixed" style={{ minWidth }}>
      <caption className="sr-only">{caption}</caption>
      <colgroup>
        {columns.map((col) => (
          <col key={col.id} style={{ width: meta(col.columnDef).size }} />
        ))}
      </colgroup>
      <SortableTableHead table={table} />
      <TableBody>
        {table.getRowModel().rows.map((row) => (
          <TableRow key={row.id} onClick={() => onOpen(row.original)} className="cursor-pointer">
            {row.getVisibleCells().map((cell) => (
              <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
