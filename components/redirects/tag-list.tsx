import { Badge } from "@/components/ui/badge";

/** A table cell's tags on one line: the first as a badge, the rest as "+n" listed on hover. */
export function TagList({ tags }: { tags: string[] }) {
  if (!tags.length) return <span className="text-subtle">—</span>;
  const [first, ...rest] = tags;
  return (
    <span className="flex min-w-0 gap-1">
      <Badge tone="accent" className="min-w-0 shrink" title={first}>
        {first}
      </Badge>
      {rest.length > 0 && (
        <Badge className="shrink-0" title={rest.join(", ")} aria-label={`and ${rest.length} more: ${rest.join(", ")}`}>
          +{rest.length}
        </Badge>
      )}
    </span>
  );
}
