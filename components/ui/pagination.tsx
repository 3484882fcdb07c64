import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "./button";
import { PageSizeSelect } from "./page-size-select";

const PAGE_SIZES = [10, 25, 50, 100];
const numberFormat = new Intl.NumberFormat("en");

interface PaginationProps {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  shown: number;
  canPrevious: boolean;
  canNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSizeChange: (size: number) => void;
}

export function Pagination(props: PaginationProps) {
  const first = props.shown ? (props.page - 1) * props.pageSize + 1 : 0;
  const last = props.shown ? first + props.shown - 1 : 0;
  return (
    <nav
      aria-label="Pagination"
      className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-t border-border px-4 py-2.5 text-[13px] text-muted sm:px-5"
    >
      <p>
        {numberFormat.format(first)}–{numberFormat.format(last)} of {numberFormat.format(props.total)}
      </p>
      <div className="flex items-center gap-3">
        <PageSizeSelect sizes={PAGE_SIZES} value={props.pageSize} onChange={props.onPageSizeChange} className="w-[4.5rem]" />
        <p className="whitespace-nowrap tabular-nums" aria-live="polite">
          Page {props.page} of {props.pageCount}
        </p>
        <div className="flex gap-1">
          <Button
            size="icon"
            className="size-8"
            onClick={props.onPrevious}
            disabled={!props.canPrevious}
            aria-label="Previous page"
          >
            <ChevronLeft aria-hidden />
          </Button>
          <Button size="icon" className="size-8" onClick={props.onNext} disabled={!props.canNext} aria-label="Next page">
            <ChevronRight aria-hidden />
          </Button>
        </div>
      </div>
    </nav>
  );
}
