"use client";

import {
  createColumnHelper,
  getCoreRowModel,
  useReactTable,
  type ColumnFiltersState,
  type PaginationState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { Plus, SearchX, Signpost } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { RedirectCardList } from "@/components/redirects/redirect-card-list";
import { RedirectFilters } from "@/components/redirects/redirect-filters";
import { RedirectStatusBadge } from "@/components/redirects/redirect-status-badge";
import { SortSelect } from "@/components/redirects/sort-select";
import { RedirectTable, type RedirectColumnMeta } from "@/components/redirects/redirect-table";
import { TagList } from "@/components/redirects/tag-list";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { Pagination } from "@/components/ui/pagination";
import { TruncatedText } from "@/components/ui/truncated-text";
import type { RedirectPage } from "@/lib/redirects/list-redirects";
import type { RedirectDto, RedirectListQuery } from "@/lib/redirects/schema";
import { readableTargetUrl } from "@/lib/redirects/target-url";

interface RedirectsPageClientProps {
  result: RedirectPage;
  tags: string[];
  query: RedirectListQuery;
  canWrite: boolean;
}

/** Values left out of the URL, so the plain /redirects is the default view. */
const DEFAULTS: Record<string, string> = {
  q: "",
  tag: "",
  status: "all",
  sort: "createdAt",
  order: "desc",
  page: "1",
  pageSize: "25",
};

const SORT_LABELS: Record<RedirectListQuery["sort"], string> = {
  createdAt: "creation date",
  updatedAt: "last update",
  name: "name",
  id: "ID",
  clicks: "clicks",
};

const numberFormat = new Intl.NumberFormat("en");

const column = createColumnHelper<RedirectDto>();

const columns = [
  column.accessor("id", {
    header: "ID",
    meta: { width: "w-32" } satisfies RedirectColumnMeta,
    cell: (c) => (
      <Link
        href={`/redirects/${encodeURIComponent(c.getValue())}`}
        className="block truncate font-mono text-[13px] font-medium text-accent hover:underline"
        title={c.getValue()}
      >
        {c.getValue()}
      </Link>
    ),
  }),
  column.accessor("name", {
    header: "Name",
    cell: (c) => <TruncatedText text={c.getValue()} className="font-medium" />,
  }),
  column.accessor("targetUrl", {
    header: "Target",
    enableSorting: false,
    cell: (c) => <TruncatedText text={readableTargetUrl(c.getValue())} className="text-muted" />,
  }),
  column.accessor("tags", {
    header: "Tags",
    enableSorting: false,
    meta: { width: "w-36" } satisfies RedirectColumnMeta,
    cell: (c) => <TagList tags={c.getValue()} />,
  }),
  column.accessor("status", {
    header: "Status",
    enableSorting: false,
    meta: { width: "w-[6.5rem]" } satisfies RedirectColumnMeta,
    cell: (c) => <RedirectStatusBadge status={c.getValue()} />,
  }),
  column.accessor("statusCode", {
    header: "Code",
    enableSorting: false,
    meta: { width: "w-16", wideOnly: true } satisfies RedirectColumnMeta,
    cell: (c) => <span className="font-mono text-[13px] text-muted">{c.getValue()}</span>,
  }),
  column.accessor("clickCount", {
    id: "clicks",
    header: "Clicks",
    sortDescFirst: true,
    meta: { numeric: true, width: "w-20" } satisfies RedirectColumnMeta,
    cell: (c) => <span className="font-medium tabular-nums">{numberFormat.format(c.getValue())}</span>,
  }),
  column.accessor("createdAt", {
    header: "Created",
    sortDescFirst: true,
    meta: { width: "w-32", wideOnly: true } satisfies RedirectColumnMeta,
    cell: (c) => <LocalTime iso={c.getValue()} format="date" className="whitespace-nowrap text-muted" />,
  }),
];

export function RedirectsPageClient({ result, tags, query, canWrite }: RedirectsPageClientProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  const sorting: SortingState = [{ id: query.sort, desc: query.order === "desc" }];
  const pagination: PaginationState = { pageIndex: query.page - 1, pageSize: query.pageSize };
  const columnFilters: ColumnFiltersState = [
    ...(query.tag ? [{ id: "tags", value: query.tag }] : []),
    ...(query.status !== "all" ? [{ id: "status", value: query.status }] : []),
  ];
  const globalFilter = query.q ?? "";

  /** The URL is the table's state: every change is a navigation the server renders. */
  function navigate(patch: Partial<Record<keyof typeof DEFAULTS, string | number | undefined>>, replace = false) {
    const merged: Record<string, string> = {
      q: query.q ?? "",
      tag: query.tag ?? "",
      status: query.status,
      sort: query.sort,
      order: query.order,
      page: String(query.page),
      pageSize: String(query.pageSize),
    };
    for (const [key, value] of Object.entries(patch)) merged[key] = value === undefined ? "" : String(value);
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(merged)) {
      if (value !== "" && value !== DEFAULTS[key]) params.set(key, value);
    }
    const search = params.toString();
    const href = search ? `${pathname}?${search}` : pathname;
    startTransition(() => (replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
  }

  const resolve = <T,>(updater: Updater<T>, current: T): T =>
    typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;

  // eslint-disable-next-line react-hooks/incompatible-library -- only says the React Compiler (not enabled) would skip this component; nothing memoises table
  const table = useReactTable({
    data: result.items,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    pageCount: result.pageCount,
    rowCount: result.total,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, pagination, columnFilters, globalFilter },
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting);
      navigate({ sort: next?.id, order: next ? (next.desc ? "desc" : "asc") : undefined, page: 1 });
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      navigate({
        page: next.pageSize === pagination.pageSize ? next.pageIndex + 1 : 1,
        pageSize: next.pageSize,
      });
    },
    onColumnFiltersChange: (updater) => {
      const next = resolve(updater, columnFilters);
      const value = (id: string) => next.find((f) => f.id === id)?.value as string | undefined;
      navigate({ tag: value("tags"), status: value("status") ?? "all", page: 1 });
    },
    onGlobalFilterChange: (updater) => {
      const next = resolve(updater, globalFilter) as string | undefined;
      navigate({ q: next?.trim() || undefined, page: 1 }, true);
    },
  });

  const filtered = Boolean(query.q || query.tag || query.status !== "all");
  const clearFilters = () => navigate({ q: undefined, tag: undefined, status: "all", page: 1 });

  if (result.total === 0 && !filtered) {
    return (
      <Card>
        <EmptyState
          icon={Signpost}
          title="No redirects yet"
          actions={
            canWrite && (
              <ButtonLink href="/redirects/new" variant="primary">
                <Plus aria-hidden />
                Create your first redirect
              </ButtonLink>
            )
          }
        >
          {canWrite
            ? "A redirect is a short link that sends recipients to your target URL and records each click."
            : "Redirects created by editors and admins will be listed here."}
        </EmptyState>
      </Card>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <RedirectFilters
        q={globalFilter}
        tag={query.tag ?? ""}
        status={query.status}
        tags={tags}
        onSearch={(value) => table.setGlobalFilter(value)}
        onTagChange={(value) => table.getColumn("tags")?.setFilterValue(value || undefined)}
        onStatusChange={(value) => table.getColumn("status")?.setFilterValue(value === "all" ? undefined : value)}
        onClear={filtered ? clearFilters : undefined}
      />
      <Card className={cn("overflow-hidden transition-opacity", pending && "opacity-60")} aria-busy={pending}>
        {result.items.length === 0 ? (
          filtered ? (
            <EmptyState
              icon={SearchX}
              title="No redirects match these filters"
              actions={<Button onClick={clearFilters}>Clear filters</Button>}
            >
              Try another search term, tag or status.
            </EmptyState>
          ) : (
            <EmptyState
              icon={SearchX}
              title="Nothing on this page"
              actions={<Button onClick={() => table.firstPage()}>Go to the first page</Button>}
            >
              There are only {result.pageCount} {result.pageCount === 1 ? "page" : "pages"} of redirects.
            </EmptyState>
          )
        ) : (
          <>
            <div className="lg:hidden">
              <div className="flex items-center justify-between gap-3 border-b border-border px-4 py-2">
                <p className="text-[13px] text-muted">
                  {numberFormat.format(result.total)} {result.total === 1 ? "redirect" : "redirects"}
                </p>
                <SortSelect
                  sort={query.sort}
                  order={query.order}
                  onChange={(sort, desc) => table.setSorting([{ id: sort, desc }])}
                />
              </div>
              <RedirectCardList redirects={result.items} />
            </div>
            <div className="hidden lg:block">
              <RedirectTable
                table={table}
                caption={`Redirects, sorted by ${SORT_LABELS[query.sort]}, ${query.order === "asc" ? "ascending" : "descending"}`}
              />
            </div>
          </>
        )}
        {result.total > 0 && (
          <Pagination
            page={query.page}
            pageCount={result.pageCount}
            pageSize={query.pageSize}
            total={result.total}
            shown={result.items.length}
            canPrevious={table.getCanPreviousPage()}
            canNext={table.getCanNextPage()}
            onPrevious={() => table.previousPage()}
            onNext={() => table.nextPage()}
            onPageSizeChange={(size) => table.setPageSize(size)}
          />
        )}
      </Card>
    </div>
  );
}
