"use client";

import { Globe } from "lucide-react";
import { useId, useState, useSyncExternalStore } from "react";
import { Input } from "@/components/ui/input";

const noopSubscribe = () => () => {};

let browserZones: string[] | undefined;

/** Every IANA zone this browser knows, UTC first; read only in the browser (the server's list may differ). */
function zonesOfBrowser(): string[] {
  if (!browserZones) {
    const zones = Intl.supportedValuesOf("timeZone");
    browserZones = zones.includes("UTC") ? zones : ["UTC", ...zones];
  }
  return browserZones;
}

interface TimeZoneFieldProps {
  value: string;
  onChange: (tz: string) => void;
  disabled?: boolean;
}

/**
 * A text field with the zone list as suggestions: typing "berl" or "tokyo" finds a zone among
 * ~400 faster than scrolling a select. Only a known zone is applied; anything else reverts.
 */
export function TimeZoneField({ value, onChange, disabled }: TimeZoneFieldProps) {
  const id = useId();
  const listId = useId();
  const zones = useSyncExternalStore(noopSubscribe, zonesOfBrowser, () => null);
  const [draft, setDraft] = useState<string | null>(null);

  function commit(text: string) {
    setDraft(null);
    const match = zones?.find((z) => z.toLowerCase() === text.trim().toLowerCase());
    if (match && match !== value) onChange(match);
  }

  return (
    <div className="relative min-w-0 sm:w-56">
      <label htmlFor={id} className="sr-only">
        Time zone
      </label>
      <Globe aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-subtle" />
      <Input
        id={id}
        list={listId}
        value={draft ?? value}
        disabled={disabled}
        autoComplete="off"
        spellCheck={false}
        title="Time zone of the chart, the day boundaries and the times shown"
        className="pl-8"
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          // Picking a suggestion replaces the text without an inputType: apply it at once rather
          // than on blur. Typed text waits ("Etc/GMT+1" is a prefix of "Etc/GMT+10").
          const inputType = (e.nativeEvent as InputEvent).inputType;
          if ((!inputType || inputType === "insertReplacementText") && zones?.includes(text)) commit(text);
        }}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit(e.currentTarget.value);
          if (e.key === "Escape") setDraft(null);
        }}
      />
      <datalist id={listId}>
        {zones?.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </div>
  );
}
