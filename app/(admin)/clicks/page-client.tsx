"use client";

import {
  getCoreRowModel,
  useReactTable,
  type ColumnFiltersState,
  type PaginationState,
  type SortingState,
  type Updater,
  type VisibilityState,
} from "@tanstack/react-table";
import { CalendarSearch, SearchX } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { ClickCardList } from "@/components/clicks/click-card-list";
import { ClickDetailDialog } from "@/components/clicks/click-detail-dialog";
import { ClickFilters } from "@/components/clicks/click-filters";
import { clickLogColumns, HIDDEN_BY_DEFAULT } from "@/components/clicks/click-log-columns";
import { ClickLogTable } from "@/components/clicks/click-log-table";
import { ColumnMenu } from "@/components/clicks/column-menu";
import { CursorPagination } from "@/components/clicks/cursor-pagination";
import { useColumnVisibility } from "@/components/clicks/use-column-visibility";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { CLICK_LOG_FILTERS, DEFAULT_LIMIT, type ClickLogFilter } from "@/lib/analytics/click-log-query";
import type { ClickLogRow } from "@/lib/analytics/click-log-row";
import type { ClickFilterValues } from "@/lib/analytics/list-click-filter-values";
import type { ClickLogPage } from "@/lib/analytics/list-clicks";
import type { RangePreset } from "@/lib/analytics/range";

interface ClicksPageClientProps {
  page: ClickLogPage;
  /** The URL parameters of the range, filters and order (defaults left out). */
  params: Record<string, string>;
  filters: Partial<Record<ClickLogFilter, string>>;
  limit: number;
  order: "asc" | "desc";
  preset: RangePreset;
  /** Whether this is a page after the first (reached with a cursor). */
  paged: boolean;
  redirects: { id: string; name: string }[];
  suggestions: Promise<ClickFilterValues>;
}

const DEFAULT_VISIBILITY: VisibilityState = Object.fromEntries(HIDDEN_BY_DEFAULT.map((id) => [id, false]));

export function ClicksPageClient({
  page,
  params,
  filters,
  limit,
  order,
  preset,
  paged,
  redirects,
  suggestions,
}: ClicksPageClientProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [selected, setSelected] = useState<ClickLogRow | null>(null);
  const [columnVisibility, setColumnVisibility] = useColumnVisibility(DEFAULT_VISIBILITY);
  const tz = page.range.tz;

  /**
   * The URL is the log's state: every change is a navigation the server renders. A new filter,
   * order or page size starts from the first page; only the pager passes a cursor.
   */
  function href(patch: Record<string, string | undefined>, cursor?: string): string {
    const next = new URLSearchParams(params);
    if (limit !== DEFAULT_LIMIT) next.set("limit", String(limit));
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    }
    if (cursor) next.set("cursor", cursor);
    const search = next.toString();
    return search ? `${pathname}?${search}` : pathname;
  }

  function navigate(patch: Record<string, string | undefined>, cursor?: string) {
    // Paging moves to the top of the log; filter changes keep the reader where they are.
    startTransition(() => router.push(href(patch, cursor), { scroll: Boolean(cursor) }));
  }

  const resolve = <T,>(updater: Updater<T>, current: T): T =>
    typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;

  const sorting: SortingState = [{ id: "at", desc: order === "desc" }];
  const pagination: PaginationState = { pageIndex: 0, pageSize: limit };
  const columnFilters: ColumnFiltersState = Object.entries(filters).map(([id, value]) => ({ id, value }));
  const columns = useMemo(() => clickLogColumns(tz, setSelected), [tz]);

  // eslint-disable-next-line react-hooks/incompatible-library -- only says the React Compiler (not enabled) would skip this component; nothing memoises table
  const table = useReactTable({
    data: page.clicks,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.id),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    // Keyset pages have no count or index: only "on" and "back" (CursorPagination).
    pageCount: -1,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, pagination, columnFilters, columnVisibility },
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting);
      navigate({ order: next && !next.desc ? "asc" : undefined });
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      navigate({ limit: next.pageSize === DEFAULT_LIMIT ? undefined : String(next.pageSize) });
    },
    onColumnFiltersChange: (updater) => {
      const next = resolve(updater, columnFilters);
      navigate(Object.fromEntries(CLICK_LOG_FILTERS.map((f) => [f, next.find((c) => c.id === f)?.value as string | undefined])));
    },
    onColumnVisibilityChange: (updater) => setColumnVisibility(resolve(updater, columnVisibility)),
  });

  const setFilter = (filter: ClickLogFilter, value: string | undefined) =>
    table.setColumnFilters((old) => [...old.filter((c) => c.id !== filter), ...(value ? [{ id: filter, value }] : [])]);
  const clearFilters = () => table.setColumnFilters([]);
  const filtered = columnFilters.length > 0;
  const newestFirst = order === "desc";
  const clicks = page.clicks;

  return (
    <div className="flex flex-col gap-4">
      <ClickFilters
        values={filters}
        redirects={redirects}
        suggestions={suggestions}
        onChange={setFilter}
        onClear={clearFilters}
      />
      <Card className={cn("transition-opacity", pending && "opacity-60")} aria-busy={pending}>
        <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 border-b border-border px-4 py-2 sm:px-5">
          <p className="text-[13px] text-muted">
            {newestFirst ? "Newest first" : "Oldest first"} · times in {tz}
          </p>
          <div className="flex items-center gap-2">
            <div className="flex items-center gap-2 lg:hidden">
              <Label htmlFor="click-order" className="font-normal text-muted">
                Sort
              </Label>
              <Select
                id="click-order"
                value={order}
                onChange={(e) => table.setSorting([{ id: "at", desc: e.target.value === "desc" }])}
                className="[&_select]:h-8"
              >
                <option value="desc">Newest first</option>
                <option value="asc">Oldest first</option>
              </Select>
            </div>
            <div className="hidden lg:block">
              <ColumnMenu columns={table.getAllLeafColumns()} onReset={() => setColumnVisibility(DEFAULT_VISIBILITY)} />
            </div>
          </div>
        </div>
        {clicks.length === 0 ? (
          filtered ? (
            <EmptyState
              icon={SearchX}
              title="No clicks match these filters"
              actions={<Button onClick={clearFilters}>Clear filters</Button>}
            >
              Nothing in this range has all of these values. Remove a filter or choose a longer range.
            </EmptyState>
          ) : paged ? (
            <EmptyState
              icon={SearchX}
              title="No more clicks"
              actions={<ButtonLink href={href({})}>Back to the start</ButtonLink>}
            >
              The clicks after this point are gone, perhaps deleted by retention or erasure.
            </EmptyState>
          ) : (
            <EmptyState
              icon={CalendarSearch}
              title="No clicks in this range"
              actions={
                <>
                  {preset !== "90d" && (
                    <ButtonLink href={href({ range: "90d", from: undefined, to: undefined })}>Show the last 90 days</ButtonLink>
                  )}
                  <ButtonLink href="/redirects">Your redirects</ButtonLink>
                </>
              }
            >
              Clicks appear here within seconds of someone following one of your links. Pick a longer range, or share a
              redirect&apos;s link to record new ones.
            </EmptyState>
          )
        ) : (
          <>
            <div className="lg:hidden">
              <ClickCardList clicks={clicks} tz={tz} onOpen={setSelected} />
            </div>
            <div className="hidden lg:block">
              <ClickLogTable
                table={table}
                onOpen={setSelected}
                caption={`Clicks, ${newestFirst ? "newest" : "oldest"} first; choose a row for all its fields`}
              />
            </div>
          </>
        )}
        {(clicks.length > 0 || paged) && (
          <CursorPagination
            shown={clicks.length}
            total={page.estimatedTotal}
            pageSize={limit}
            newestFirst={newestFirst}
            onStart={paged ? () => navigate({}) : undefined}
            onPrevious={page.prevCursor ? () => navigate({}, page.prevCursor!) : undefined}
            onNext={page.nextCursor ? () => navigate({}, page.nextCursor!) : undefined}
            onPageSizeChange={(size) => table.setPageSize(size)}
          />
        )}
      </Card>
      <ClickDetailDialog
        click={selected}
        tz={tz}
        onClose={() => setSelected(null)}
        filterHref={(filter, value) => href({ [filter]: value })}
      />
    </div>
  );
}
