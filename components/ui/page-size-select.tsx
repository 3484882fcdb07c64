import { useId } from "react";
import { cn } from "./cn";
import { Select } from "./select";

interface PageSizeSelectProps {
  /** The offered sizes; the current one is added if it is not among them. */
  sizes: readonly number[];
  value: number;
  onChange: (size: number) => void;
  className?: string;
}

/** "Rows per page" with its label, shared by the paged lists. */
export function PageSizeSelect({ sizes, value, onChange, className }: PageSizeSelectProps) {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only whitespace-nowrap sm:not-sr-only">
        Rows per page
      </label>
      <Select
        id={id}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        className={cn("[&_select]:h-8", className)}
      >
        {[...new Set([...sizes, value])]
          .sort((a, b) => a - b)
          .map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
      </Select>
    </div>
  );
}
