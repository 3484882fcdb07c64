"use client";

import { SlidersHorizontal, X } from "lucide-react";
import { Suspense, use, useId, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { DEVICE_TYPES, UNKNOWN_VALUE, type ClickLogFilter } from "@/lib/analytics/click-log-query";
import type { ClickFilterValues } from "@/lib/analytics/list-click-filter-values";
import { countryName } from "@/lib/analytics/labels";
import { DEVICE_LABELS } from "./click-labels";

interface ClickFiltersProps {
  values: Partial<Record<ClickLogFilter, string>>;
  redirects: { id: string; name: string }[];
  /** Values seen in the range, loaded after the page: the fields work without them. */
  suggestions: Promise<ClickFilterValues>;
  onChange: (filter: ClickLogFilter, value: string | undefined) => void;
  onClear: () => void;
}

/**
 * The log's filters. Selects apply at once; text fields when the reader presses Enter or
 * leaves the field, so typing does not reload the table on every key.
 */
export function ClickFilters({ values, redirects, suggestions, onChange, onClear }: ClickFiltersProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const active = Object.values(values).filter(Boolean).length;
  const redirectOptions =
    values.redirect && !redirects.some((r) => r.id === values.redirect)
      ? [{ id: values.redirect, name: values.redirect }, ...redirects]
      : redirects;

  const text = (filter: ClickLogFilter, normalize: (v: string) => string = (v) => v) => ({
    id: `${id}-${filter}`,
    defaultValue: values[filter] ?? "",
    autoComplete: "off",
    spellCheck: false,
    onBlur: (e: FocusEvent<HTMLInputElement>) => commit(filter, normalize(e.currentTarget.value)),
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === "Enter") {
        e.preventDefault();
        commit(filter, normalize(e.currentTarget.value));
      }
    },
  });

  function commit(filter: ClickLogFilter, raw: string) {
    const value = raw.trim();
    if (value !== (values[filter] ?? "")) onChange(filter, value || undefined);
  }

  const badge = active > 0 && (
    <span className="rounded-full bg-accent-soft px-1.5 text-xs font-medium text-accent-soft-foreground tabular-nums">
      {active}
    </span>
  );
  // Text fields are keyed by the URL's value: after every navigation they show it again.
  return (
    <section aria-label="Filters" className="rounded-card border border-border bg-surface shadow-card">
      <div className="flex items-center justify-between gap-3 px-4 py-2.5 sm:px-5">
        {/* On a phone the fields fold away behind this button; wider screens always show them. */}
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-fields`}
          onClick={() => setOpen((o) => !o)}
          className="flex h-8 items-center gap-2 text-sm font-semibold text-foreground sm:hidden"
        >
          <SlidersHorizontal aria-hidden className="size-4 text-subtle" />
          Filters
          {badge}
        </button>
        <h2 className="hidden h-8 items-center gap-2 text-sm font-semibold text-foreground sm:flex">
          <SlidersHorizontal aria-hidden className="size-4 text-subtle" />
          Filters
          {badge}
        </h2>
        {active > 0 && (
          <Button variant="ghost" size="sm" onClick={onClear}>
            <X aria-hidden />
            Clear filters
          </Button>
        )}
      </div>
      <div
        id={`${id}-fields`}
        className={cn(
          "grid-cols-2 gap-x-3 gap-y-3 border-t border-border px-4 pt-3 pb-4 sm:px-5 lg:grid-cols-4",
          open ? "grid" : "hidden sm:grid",
        )}
      >
        <Field label="Redirect" htmlFor={`${id}-redirect`} className="col-span-2 lg:col-span-1">
          <Select
            id={`${id}-redirect`}
            value={values.redirect ?? ""}
            onChange={(e) => onChange("redirect", e.target.value || undefined)}
          >
            <option value="">All redirects</option>
            {redirectOptions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name === r.id ? r.id : `${r.name} (${r.id})`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Visitor" htmlFor={`${id}-kind`}>
          <Select
            id={`${id}-kind`}
            value={values.kind ?? "all"}
            onChange={(e) => onChange("kind", e.target.value === "all" ? undefined : e.target.value)}
          >
            <option value="all">All visitors</option>
            <option value="human">Humans</option>
            <option value="bot">Bots</option>
          </Select>
        </Field>
        <Field label="Device" htmlFor={`${id}-device`}>
          <Select
            id={`${id}-device`}
            value={values.device ?? ""}
            onChange={(e) => onChange("device", e.target.value || undefined)}
          >
            <option value="">All devices</option>
            {DEVICE_TYPES.map((d) => (
              <option key={d} value={d}>
                {DEVICE_LABELS[d]}
              </option>
            ))}
            <option value={UNKNOWN_VALUE}>Unknown</option>
          </Select>
        </Field>
        <Field label="Country" htmlFor={`${id}-country`}>
          <Input
            key={values.country ?? ""}
            {...text("country", (v) => v.toUpperCase())}
            list={`${id}-countries`}
            placeholder="Any, e.g. DE"
            maxLength={2}
          />
        </Field>
        <Field label="Browser" htmlFor={`${id}-browser`}>
          <Input key={values.browser ?? ""} {...text("browser")} list={`${id}-browsers`} placeholder="Any" maxLength={64} />
        </Field>
        <Field label="OS" htmlFor={`${id}-os`}>
          <Input key={values.os ?? ""} {...text("os")} list={`${id}-oses`} placeholder="Any" maxLength={64} />
        </Field>
        <Field label="Session ID" htmlFor={`${id}-session`}>
          <Input key={values.session ?? ""} {...text("session")} placeholder="Any" maxLength={128} className="font-mono" />
        </Field>
        <Field label="IP address" htmlFor={`${id}-ip`} className="col-span-2 lg:col-span-1">
          <Input key={values.ip ?? ""} {...text("ip")} placeholder="e.g. 203.0.113.0" maxLength={45} className="font-mono" />
        </Field>
        <p className="col-span-2 text-xs text-subtle lg:col-span-4">
          Names match exactly; {UNKNOWN_VALUE} finds clicks where the country, browser, OS or device is unknown. An IP ending in a
          dot finds its whole network. Session and IP filters read every click in the range, so they take a moment over long
          ranges.
        </p>
      </div>
      <Suspense fallback={null}>
        <Suggestions id={id} suggestions={suggestions} />
      </Suspense>
    </section>
  );
}

function Suggestions({ id, suggestions }: { id: string; suggestions: Promise<ClickFilterValues> }) {
  const values = use(suggestions);
  return (
    <>
      <datalist id={`${id}-countries`}>
        {values.country.map((code) => (
          <option key={code} value={code} label={countryName(code)} />
        ))}
      </datalist>
      <datalist id={`${id}-browsers`}>
        {values.browser.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      <datalist id={`${id}-oses`}>
        {values.os.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
    </>
  );
}

function Field({
  label,
  htmlFor,
  className,
  children,
}: {
  label: string;
  htmlFor: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cn("flex min-w-0 flex-col gap-1", className)}>
      <Label htmlFor={htmlFor} className="text-xs text-muted">
        {label}
      </Label>
      {children}
    </div>
  );
}
