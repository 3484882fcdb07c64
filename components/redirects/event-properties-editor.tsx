"use client";

import { Braces, Plus, X } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FieldHint } from "@/components/ui/field-hint";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { newRow, toggleMode, type EventPropertiesValue, type PropertyRow } from "./event-properties-value";

interface EventPropertiesEditorProps {
  /** Prefix for element ids; `${id}` itself is the control focused when the field is invalid. */
  id: string;
  value: EventPropertiesValue;
  onChange: (value: EventPropertiesValue) => void;
  errors?: string[];
  rowErrors?: Record<number, string>;
}

export function EventPropertiesEditor({ id, value, onChange, errors, rowErrors }: EventPropertiesEditorProps) {
  const [toggleError, setToggleError] = useState<string | null>(null);
  const messages = [...(toggleError ? [toggleError] : []), ...(errors ?? [])];
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const invalid = messages.length > 0;
  const describedBy = [invalid && errorId, hintId].filter(Boolean).join(" ");

  function change(next: EventPropertiesValue) {
    setToggleError(null);
    onChange(next);
  }

  function updateRow(rowId: number, patch: Partial<PropertyRow>) {
    change({ ...value, rows: value.rows.map((r) => (r.rowId === rowId ? { ...r, ...patch } : r)) });
  }

  function removeRow(rowId: number) {
    const rows = value.rows.filter((r) => r.rowId !== rowId);
    change({ ...value, rows: rows.length ? rows : [newRow()] });
  }

  function toggle() {
    const result = toggleMode(value);
    if (result.next) change(result.next);
    else setToggleError(result.error ?? null);
  }

  return (
    <fieldset className="relative flex min-w-0 flex-col gap-2" aria-describedby={describedBy}>
      {/* Floated, the legend is laid out as an ordinary row instead of sitting in the border. */}
      <legend className="float-left h-8 text-[13px] leading-8 font-medium">
        Event properties <span className="ml-1.5 font-normal text-subtle">optional</span>
      </legend>
      <Button
        variant="ghost"
        size="sm"
        onClick={toggle}
        aria-pressed={value.mode === "raw"}
        className="absolute top-0 right-0 aria-pressed:bg-accent-soft aria-pressed:text-accent-soft-foreground"
      >
        <Braces aria-hidden />
        Raw JSON
      </Button>

      {value.mode === "raw" ? (
        <>
          <Label htmlFor={id} className="sr-only">
            Event properties as JSON
          </Label>
          <Textarea
            id={id}
            value={value.raw}
            onChange={(e) => change({ ...value, raw: e.target.value })}
            rows={8}
            spellCheck={false}
            placeholder={'{\n  "campaign": "spring-sale",\n  "position": 1\n}'}
            className="font-mono text-[13px]"
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
          />
        </>
      ) : (
        <ul className="flex flex-col gap-2">
          {value.rows.map((row, index) => {
            const rowError = rowErrors?.[index];
            const rowErrorId = `${id}-row-${index}-error`;
            const keyId = index === 0 ? id : `${id}-key-${index}`;
            const rowDescribedBy = [rowError && rowErrorId, index === 0 && invalid && errorId].filter(Boolean).join(" ");
            return (
              <li key={row.rowId} className="flex flex-col gap-1">
                <div className="flex items-start gap-2">
                  <div className="min-w-0 flex-[2]">
                    <Label htmlFor={keyId} className="sr-only">
                      Key {index + 1}
                    </Label>
                    <Input
                      id={keyId}
                      value={row.key}
                      placeholder="key"
                      autoComplete="off"
                      spellCheck={false}
                      className="font-mono text-[13px]"
                      onChange={(e) => updateRow(row.rowId, { key: e.target.value })}
                      aria-invalid={Boolean(rowError) || (index === 0 && invalid) || undefined}
                      aria-describedby={rowDescribedBy || undefined}
                    />
                  </div>
                  <div className="min-w-0 flex-[3]">
                    <Label htmlFor={`${id}-value-${index}`} className="sr-only">
                      Value {index + 1}
                    </Label>
                    <Input
                      id={`${id}-value-${index}`}
                      value={row.value}
                      placeholder="value"
                      autoComplete="off"
                      onChange={(e) => updateRow(row.rowId, { value: e.target.value })}
                    />
                  </div>
                  <Button
                    variant="ghost"
                    size="icon"
                    onClick={() => removeRow(row.rowId)}
                    aria-label={`Remove property ${row.key || index + 1}`}
                  >
                    <X aria-hidden />
                  </Button>
                </div>
                {rowError && <FieldError id={rowErrorId} messages={[rowError]} />}
              </li>
            );
          })}
          <li>
            <Button variant="secondary" size="sm" onClick={() => change({ ...value, rows: [...value.rows, newRow()] })}>
              <Plus aria-hidden />
              Add property
            </Button>
          </li>
        </ul>
      )}
      {invalid && <FieldError id={errorId} messages={messages} />}
      <FieldHint id={hintId}>
        Sent with every click event. Rows store text values; use raw JSON for numbers, booleans or nested data.
      </FieldHint>
    </fieldset>
  );
}
