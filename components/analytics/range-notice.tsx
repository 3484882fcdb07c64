import { WarningNotice } from "@/components/ui/warning-notice";

/** Says what parseRangeLenient corrected in a hand-edited URL instead of showing an error page. */
export function RangeNotice({ corrected, tz }: { corrected: string[]; tz: string }) {
  if (corrected.length === 0) return null;
  const [summary, ...details] = corrected;
  return (
    <WarningNotice>
      {summary} Showing the last 30 days in {tz} instead
      {details.length > 0 && <span className="opacity-90"> ({details.join("; ")})</span>}.
    </WarningNotice>
  );
}
