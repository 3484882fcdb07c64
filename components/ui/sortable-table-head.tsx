import { flexRender, type Column, type Table as TanstackTable } from "@tanstack/react-table";
import { SortableHeader } from "./sortable-header";
import { TableHead, TableHeaderCell } from "./table";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

interface SortableTableHeadProps<T> {
  table: TanstackTable<T>;
  /** Classes for a column's header cell (alignment, breakpoints); the body cells use the same. */
  cellClassName?: (column: Column<T, unknown>) => string | undefined;
  /** Puts the sort icon before the label, for right-aligned (numeric) columns. */
  alignRight?: (column: Column<T, unknown>) => boolean;
}

/** A react-table header: sortable columns get a button and `aria-sort`, the rest a plain label. */
export function SortableTableHead<T>({ table, cellClassName, alignRight }: SortableTableHeadProps<T>) {
  return (
    <TableHead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            const { column } = header;
            const sorted = column.getIsSorted();
            const label = flexRender(column.columnDef.header, header.getContext());
            return (
              <TableHeaderCell
                key={header.id}
                className={cellClassName?.(column)}
                aria-sort={column.getCanSort() ? (sorted ? ARIA_SORT[sorted] : "none") : undefined}
              >
                {column.getCanSort() ? (
                  <SortableHeader sorted={sorted} onClick={column.getToggleSortingHandler()} alignRight={alignRight?.(column)}>
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
  );
}
