import { cn } from "./cn";

/** One line, cut with an ellipsis; the full text stays available on hover. */
export function TruncatedText({ text, className }: { text: string | null; className?: string }) {
  if (!text) return <span className="text-subtle">—</span>;
  return (
    <span title={text} className={cn("block truncate", className)}>
      {text}
    </span>
  );
}
