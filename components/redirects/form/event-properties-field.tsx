"use client";

import { useController, useFormState } from "react-hook-form";
import { errorMessages } from "@/components/form/path-errors";
import { useFieldId } from "@/components/form/schema-form";
import { EventPropertiesEditor } from "../event-properties-editor";
import type { RedirectFormValues } from "./redirect-form-values";

/** The event properties editor on the form: its rows' errors beside them, the rest under the field. */
export function EventPropertiesField({ className }: { className?: string }) {
  const { field } = useController<RedirectFormValues, "eventProperties">({ name: "eventProperties" });
  const { errors } = useFormState<RedirectFormValues>({ name: "eventProperties" });
  const { rows, ...fieldError } = errors.eventProperties ?? {};
  const messages = errorMessages(fieldError);
  const rowErrors: Record<number, string> = {};
  for (const [index, error] of Object.entries(rows ?? {})) {
    const [message] = errorMessages(error);
    if (message) rowErrors[Number(index)] = message;
  }
  return (
    <div className={className}>
      <EventPropertiesEditor
        id={useFieldId("eventProperties")}
        value={field.value}
        onChange={field.onChange}
        errors={messages.length ? messages : undefined}
        rowErrors={rowErrors}
      />
    </div>
  );
}
