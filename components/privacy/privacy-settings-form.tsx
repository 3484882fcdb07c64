"use client";

import { LoaderCircle } from "lucide-react";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { FieldError } from "@/components/ui/field-error";
import { StatusNote } from "@/components/ui/status-note";
import { updatePrivacySettingsAction } from "@/lib/actions/privacy";
import { fieldErrors } from "@/lib/errors";
import {
  DEFAULT_PRIVACY_SETTINGS,
  IP_MODE_INFO,
  IP_MODES,
  privacySettingsSchema,
  type IpMode,
  type PrivacySettings,
} from "@/lib/settings/privacy-settings-schema";
import { RetentionField } from "./retention-field";

type Errors = Record<string, string[]>;

const FIELDS = ["ipMode", "eventRetentionDays", "ipRetentionDays"] as const;
const fieldId = (field: (typeof FIELDS)[number]) => `ps-${field}`;

/** Card (a): how IP addresses are stored and how long clicks and IPs are kept. */
export function PrivacySettingsForm({ settings }: { settings: PrivacySettings }) {
  const [pending, startTransition] = useTransition();
  const [ipMode, setIpMode] = useState<IpMode>(settings.ipMode);
  const [eventDays, setEventDays] = useState(String(settings.eventRetentionDays ?? DEFAULT_PRIVACY_SETTINGS.eventRetentionDays));
  const [eventForever, setEventForever] = useState(settings.eventRetentionDays === null);
  const [ipDays, setIpDays] = useState(String(settings.ipRetentionDays ?? DEFAULT_PRIVACY_SETTINGS.ipRetentionDays));
  const [ipForever, setIpForever] = useState(settings.ipRetentionDays === null);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  /** Editing clears the field's errors and the "Saved" note, so neither outlives the change. */
  function edit<T>(field: (typeof FIELDS)[number], set: (value: T) => void) {
    return (value: T) => {
      set(value);
      setSaved(false);
      setErrors(({ [field]: _cleared, ...rest }) => rest);
    };
  }

  function showErrors(found: Errors) {
    setErrors(found);
    const first = FIELDS.find((f) => found[f]);
    if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    setSaved(false);
    const input = {
      ipMode,
      // An empty box becomes NaN so the schema says "must be a number of days".
      eventRetentionDays: eventForever ? null : days(eventDays),
      ipRetentionDays: ipForever ? null : days(ipDays),
    };
    const result = privacySettingsSchema.safeParse(input);
    if (!result.success) return showErrors(fieldErrors(result.error));

    startTransition(async () => {
      const response = await updatePrivacySettingsAction(input);
      if (response.ok) {
        setErrors({});
        setSaved(true);
        return;
      }
      setFormError(response.message);
      showErrors(response.fieldErrors ?? {});
    });
  }

  return (
    <Card>
      <CardHeader
        title="IP addresses and retention"
        description="Applies to clicks recorded from now on; retention runs every hour."
      />
      <form onSubmit={onSubmit} noValidate aria-label="Privacy settings">
        <CardBody className="flex flex-col gap-6">
          {formError && <Alert title={formError} />}

          <fieldset aria-describedby={errors.ipMode ? `${fieldId("ipMode")}-error` : undefined}>
            <legend className="mb-2 text-[13px] font-medium text-foreground">Store IP addresses</legend>
            <div className="grid gap-2 sm:grid-cols-3">
              {IP_MODES.map((mode) => (
                <label
                  key={mode}
                  className={cn(
                    "flex cursor-pointer gap-2.5 rounded-control border px-3 py-2.5 transition-colors",
                    ipMode === mode
                      ? "border-accent bg-accent-soft/60"
                      : "border-border hover:border-border-strong hover:bg-surface-muted/60",
                  )}
                >
                  <input
                    type="radio"
                    name="ipMode"
                    value={mode}
                    id={mode === ipMode ? fieldId("ipMode") : undefined}
                    checked={ipMode === mode}
                    onChange={() => edit("ipMode", setIpMode)(mode)}
                    className="mt-0.5 size-4 shrink-0 cursor-pointer accent-accent"
                  />
                  <span className="flex flex-col gap-0.5">
                    <span className="text-sm font-medium text-foreground">{IP_MODE_INFO[mode].label}</span>
                    <span className="text-[13px] leading-snug text-muted">{IP_MODE_INFO[mode].explanation}</span>
                  </span>
                </label>
              ))}
            </div>
            <FieldError id={`${fieldId("ipMode")}-error`} messages={errors.ipMode} />
            <p className="mt-2 text-[13px] text-muted">
              Whatever the mode, browsers that send Global Privacy Control (<code className="font-mono text-xs">Sec-GPC: 1</code>)
              or Do Not Track (<code className="font-mono text-xs">DNT: 1</code>) get anonymous clicks.
            </p>
          </fieldset>

          <div className="grid gap-5 sm:grid-cols-2">
            <RetentionField
              id={fieldId("eventRetentionDays")}
              label="Delete click events after"
              hint="Older clicks are deleted; dashboard totals per hour are kept."
              keepLabel="Keep forever"
              days={eventDays}
              keep={eventForever}
              errors={errors.eventRetentionDays}
              onDaysChange={edit("eventRetentionDays", setEventDays)}
              onKeepChange={edit("eventRetentionDays", setEventForever)}
            />
            <RetentionField
              id={fieldId("ipRetentionDays")}
              label="Remove IP addresses after"
              hint="The click is kept, its IP address removed. At most as long as clicks are kept."
              keepLabel="Keep as long as the click"
              days={ipDays}
              keep={ipForever}
              errors={errors.ipRetentionDays}
              onDaysChange={edit("ipRetentionDays", setIpDays)}
              onKeepChange={edit("ipRetentionDays", setIpForever)}
            />
          </div>
        </CardBody>
        <div className="flex flex-col-reverse items-stretch gap-2 border-t border-border px-4 py-3 sm:flex-row sm:items-center sm:justify-end sm:gap-4 sm:px-5">
          <StatusNote>{saved && "Saved. Other instances apply it within 5 seconds."}</StatusNote>
          <Button type="submit" variant="primary" disabled={pending}>
            {pending && <LoaderCircle aria-hidden className="animate-spin" />}
            Save settings
          </Button>
        </div>
      </form>
    </Card>
  );
}

function days(value: string): number {
  return value.trim() === "" ? Number.NaN : Number(value);
}
