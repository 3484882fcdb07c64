"use client";

import { CalendarRange, LoaderCircle } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useEffectEvent, useId, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { RangePreset } from "@/lib/analytics/range";
import { TimeZoneField } from "./time-zone-field";

const PRESETS: { value: Exclude<RangePreset, "custom">; label: string; title: string }[] = [
  { value: "24h", label: "24 h", title: "The last 24 hours" },
  { value: "7d", label: "7 d", title: "The last 7 days, today included" },
  { value: "30d", label: "30 d", title: "The last 30 days, today included" },
  { value: "90d", label: "90 d", title: "The last 90 days, today included" },
];

interface RangePickerProps {
  /** The range the page resolved (after any correction), not the raw URL. */
  preset: RangePreset;
  /** First and last day shown, YYYY-MM-DD in `tz`: the custom fields start from them. */
  from: string;
  to: string;
  tz: string;
}

/**
 * Presets, a custom span of days and the time zone, all kept in the URL (range, from, to, tz)
 * so a view can be shared and reloaded. Other parameters of the page are left as they are.
 */
export function RangePicker({ preset, from, to, tz }: RangePickerProps) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const [customOpen, setCustomOpen] = useState(preset === "custom");
  const fromId = useId();
  const toId = useId();

  function navigate(patch: Record<string, string | null>, replace = false) {
    const params = new URLSearchParams(searchParams.toString());
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) params.delete(key);
      else params.set(key, value);
    }
    const href = `${pathname}?${params}`;
    startTransition(() => (replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
  }

  // A first visit without a zone in the URL shows the reader's own days and hours. Replace,
  // not push: Back should not return to the UTC view the reader never chose. Only the URL losing
  // its zone re-runs it; the effect event reads the latest tz and navigate.
  const hasTz = searchParams.has("tz");
  const adoptOwnZone = useEffectEvent(() => {
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (own && own !== tz) navigate({ tz: own }, true);
  });
  useEffect(() => {
    if (!hasTz) adoptOwnZone();
  }, [hasTz]);

  const segment =
    "h-8 rounded-[calc(var(--radius)-2px)] px-2.5 text-[13px] font-medium text-muted transition-colors hover:text-foreground aria-pressed:bg-accent-soft aria-pressed:text-accent-soft-foreground";

  return (
    <div className="flex min-w-0 flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <div
          role="group"
          aria-label="Date range"
          className="flex items-center gap-0.5 overflow-x-auto rounded-control border border-border bg-surface-muted p-0.5"
        >
          {PRESETS.map((p) => (
            <button
              key={p.value}
              type="button"
              title={p.title}
              aria-pressed={preset === p.value}
              className={segment}
              onClick={() => {
                setCustomOpen(false);
                navigate({ range: p.value, from: null, to: null, tz });
              }}
            >
              {p.label}
            </button>
          ))}
          <button
            type="button"
            aria-pressed={preset === "custom"}
            aria-expanded={customOpen}
            className={cn(segment, "flex items-center gap-1.5")}
            onClick={() => setCustomOpen((open) => !open)}
          >
            <CalendarRange aria-hidden className="size-3.5" />
            Custom
          </button>
        </div>
        <TimeZoneField value={tz} onChange={(zone) => navigate({ tz: zone })} />
        <span aria-live="polite" className="flex items-center text-muted">
          {pending && (
            <>
              <LoaderCircle aria-hidden className="size-4 animate-spin" />
              <span className="sr-only">Loading</span>
            </>
          )}
        </span>
      </div>
      {customOpen && (
        // Keyed by the applied range, so the fields show it again after every navigation.
        <CustomRangeForm
          key={`${from}/${to}`}
          from={from}
          to={to}
          fromId={fromId}
          toId={toId}
          pending={pending}
          onApply={(f, t) => navigate({ range: "custom", from: f, to: t, tz })}
        />
      )}
    </div>
  );
}

interface CustomRangeFormProps {
  from: string;
  to: string;
  fromId: string;
  toId: string;
  pending: boolean;
  onApply: (from: string, to: string) => void;
}

/** Each date bounds the other, so the browser refuses a range that ends before it starts. */
function CustomRangeForm({ from, to, fromId, toId, pending, onApply }: CustomRangeFormProps) {
  const [start, setStart] = useState(from);
  const [end, setEnd] = useState(to);
  function apply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    onApply(start, end);
  }
  return (
    <form onSubmit={apply} className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <Label htmlFor={fromId}>From</Label>
        <Input
          id={fromId}
          name="from"
          type="date"
          required
          value={start}
          max={end || undefined}
          onChange={(e) => setStart(e.target.value)}
          className="w-40"
        />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={toId}>To</Label>
        <Input
          id={toId}
          name="to"
          type="date"
          required
          value={end}
          min={start || undefined}
          onChange={(e) => setEnd(e.target.value)}
          className="w-40"
        />
      </div>
      <Button type="submit" variant="primary" disabled={pending}>
        Apply
      </Button>
    </form>
  );
}
