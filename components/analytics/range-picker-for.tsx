import { localDate, type ResolvedRange } from "@/lib/analytics/range";
import { RangePicker } from "./range-picker";

/** The range picker showing a resolved range: its last day is the one before `to` (exclusive). */
export function RangePickerFor({ range }: { range: ResolvedRange }) {
  return (
    <RangePicker
      preset={range.preset}
      from={localDate(range.from, range.tz)}
      to={localDate(new Date(range.to.getTime() - 1), range.tz)}
      tz={range.tz}
    />
  );
}
