import { flexRender, type Table as TanstackTable } from "@tanstack/react-table";
import { SortableHeader } from "@/components/redirects/sortable-header";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import type { ClickLogRow } from "@/lib/analytics/click-log-row";
import { FLEX_MIN_PX, type ClickColumnMeta } from "./click-log-columns";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

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
      <TableHead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const label = flexRender(header.column.columnDef.header, header.getContext());
              return (
                <TableHeaderCell
                  key={header.id}
                  aria-sort={header.column.getCanSort() ? (sorted ? ARIA_SORT[sorted] : "none") : undefined}
                >
                  {header.column.getCanSort() ? (
                    <SortableHeader sorted={sorted} onClick={header.column.getToggleSortingHandler()}>
                      {label}
                    </SortableHeader>
                  ) : (
                    label
                  )}
                </TableHeaderCell>
              );
            })}
          </tr>
        ))}
      </TableHead>
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
