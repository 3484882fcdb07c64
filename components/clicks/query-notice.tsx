import { Info } from "lucide-react";

/** Says which parts of a hand-edited URL the page left out instead of showing an error page. */
export function QueryNotice({ corrected }: { corrected: string[] }) {
  if (corrected.length === 0) return null;
  return (
    <div
      role="status"
      className="flex gap-2.5 rounded-control border border-warning/30 bg-warning-soft px-3.5 py-2.5 text-[13px] text-warning"
    >
      <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
      <p>Parts of the address were not valid and were left out: {corrected.join("; ")}.</p>
    </div>
  );
}
