import { ChevronLeft, ChevronRight, ChevronsLeft } from "lucide-react";
import { Button } from "@/components/ui/button";
import { PageSizeSelect } from "@/components/ui/page-size-select";

const PAGE_SIZES = [25, 50, 100, 200, 500];
const numberFormat = new Intl.NumberFormat("en");

interface CursorPaginationProps {
  shown: number;
  /** Exact or from the aggregates; null when unknown. */
  total: number | null;
  pageSize: number;
  /** Newest first: back is "Newer", on is "Older"; oldest first the other way round. */
  newestFirst: boolean;
  onStart?: () => void;
  onPrevious?: () => void;
  onNext?: () => void;
  onPageSizeChange: (size: number) => void;
}

/**
 * Keyset paging: back, on and to the start, no page numbers (a page number would mean
 * counting every row before it at each step).
 */
export function CursorPagination({
  shown,
  total,
  pageSize,
  newestFirst,
  onStart,
  onPrevious,
  onNext,
  onPageSizeChange,
}: CursorPaginationProps) {
  return (
    <nav
      aria-label="Pagination"
      className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-t border-border px-4 py-2.5 text-[13px] text-muted sm:px-5"
    >
      <p aria-live="polite">
        {numberFormat.format(shown)} {shown === 1 ? "click" : "clicks"} on this page
        {total !== null && total > shown && <> · about {numberFormat.format(total)} in all</>}
      </p>
      <div className="flex items-center gap-3">
        <PageSizeSelect sizes={PAGE_SIZES} value={pageSize} onChange={onPageSizeChange} className="w-[4.75rem]" />
        <div className="flex gap-1">
          <Button
            size="icon"
            className="size-8"
            onClick={onStart}
            disabled={!onStart}
            aria-label={newestFirst ? "Newest clicks" : "Oldest clicks"}
            title={newestFirst ? "Newest clicks" : "Oldest clicks"}
          >
            <ChevronsLeft aria-hidden />
          </Button>
          <Button size="sm" onClick={onPrevious} disabled={!onPrevious}>
            <ChevronLeft aria-hidden />
            {newestFirst ? "Newer" : "Earlier"}
          </Button>
          <Button size="sm" onClick={onNext} disabled={!onNext}>
            {newestFirst ? "Older" : "Later"}
            <ChevronRight aria-hidden />
          </Button>
        </div>
      </div>
    </nav>
  );
}
