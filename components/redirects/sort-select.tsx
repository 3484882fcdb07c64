import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

const OPTIONS = [
  { value: "createdAt:desc", label: "Newest first" },
  { value: "createdAt:asc", label: "Oldest first" },
  { value: "clicks:desc", label: "Most clicks" },
  { value: "clicks:asc", label: "Fewest clicks" },
  { value: "name:asc", label: "Name A–Z" },
  { value: "name:desc", label: "Name Z–A" },
  { value: "id:asc", label: "ID A–Z" },
  { value: "id:desc", label: "ID Z–A" },
  { value: "updatedAt:desc", label: "Recently updated" },
];

/** Sorting where there are no column headers to click (the card list on narrow screens). */
export function SortSelect({
  sort,
  order,
  onChange,
}: {
  sort: string;
  order: string;
  onChange: (sort: string, desc: boolean) => void;
}) {
  const value = `${sort}:${order}`;
  return (
    <div className="flex items-center gap-2">
      <Label htmlFor="redirect-sort" className="font-normal whitespace-nowrap text-muted">
        Sort
      </Label>
      <Select
        id="redirect-sort"
        value={value}
        onChange={(e) => {
          const [nextSort, nextOrder] = e.target.value.split(":");
          onChange(nextSort, nextOrder === "desc");
        }}
        className="[&_select]:h-8"
      >
        {!OPTIONS.some((o) => o.value === value) && <option value={value}>{value}</option>}
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
