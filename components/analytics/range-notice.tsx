import { Info } from "lucide-react";

/** Says what parseRangeLenient corrected in a hand-edited URL instead of showing an error page. */
export function RangeNotice({ corrected, tz }: { corrected: string[]; tz: string }) {
  if (corrected.length === 0) return null;
  const [summary, ...details] = corrected;
  return (
    <div
      role="status"
      className="flex gap-2.5 rounded-control border border-warning/30 bg-warning-soft px-3.5 py-2.5 text-[13px] text-warning"
    >
      <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
      <p>
        {summary} Showing the last 30 days in {tz} instead
        {details.length > 0 && <span className="opacity-90"> ({details.join("; ")})</span>}.
      </p>
    </div>
  );
}
