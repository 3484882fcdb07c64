"use client";

import { useState, type ReactNode } from "react";
import {
  get,
  useController,
  useFormContext,
  useFormState,
  type FieldPath,
  type FieldPathByValue,
  type FieldValues,
  type RegisterOptions,
  type UseFormRegisterReturn,
} from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import { FieldError } from "@/components/ui/field-error";
import { FieldHint } from "@/components/ui/field-hint";
import { FormField, type ControlAria } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { ListInput } from "@/components/ui/list-input";
import { useFieldId } from "./schema-form";
import { errorMessages } from "./path-errors";

/** The messages of a field and of everything nested in it ("tags.2"), labelled by `itemLabel`. */
function useFieldMessages(name: string, itemLabel?: (subPath: string) => string): string[] | undefined {
  const { errors } = useFormState({ name });
  const messages = errorMessages(get(errors, name), itemLabel);
  return messages.length ? messages : undefined;
}

interface FieldFrame {
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  className?: string;
}

interface FieldProps<V extends FieldValues> extends FieldFrame {
  name: FieldPath<V>;
  /** E.g. `valueAsNumber` for number inputs and numeric selects. */
  options?: RegisterOptions<V, FieldPath<V>>;
  /** Receives the registered control's props with its id and aria attributes. */
  children: (control: ControlAria & UseFormRegisterReturn) => ReactNode;
}

/** A native control registered with the form: label, hint and its errors from the form state. */
export function Field<V extends FieldValues>({ name, options, children, ...frame }: FieldProps<V>) {
  const { register } = useFormContext<V>();
  const id = useFieldId(name);
  return (
    <FormField id={id} errors={useFieldMessages(name)} {...frame}>
      {(aria) => children({ ...aria, ...register(name, options) })}
    </FormField>
  );
}

interface CheckboxFieldProps<V extends FieldValues> extends Omit<FieldFrame, "optional"> {
  name: FieldPathByValue<V, boolean>;
  hint: ReactNode;
}

/** A checkbox with its label and hint beside it and its errors below. */
export function CheckboxField<V extends FieldValues>({ name, label, hint, className }: CheckboxFieldProps<V>) {
  const { register } = useFormContext<V>();
  const id = useFieldId(name);
  const errors = useFieldMessages(name);
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <div className="flex items-start gap-2.5">
        <Checkbox
          id={id}
          {...register(name)}
          className="mt-0.5"
          aria-describedby={errors ? `${id}-error ${id}-hint` : `${id}-hint`}
          aria-invalid={errors ? true : undefined}
        />
        <div className="flex flex-col gap-0.5">
          <Label htmlFor={id}>{label}</Label>
          <FieldHint id={`${id}-hint`}>{hint}</FieldHint>
        </div>
      </div>
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

interface ListFieldProps<V extends FieldValues> extends FieldFrame {
  name: FieldPathByValue<V, string[]>;
  /** Names one item in its remove button and in its messages' context, e.g. "tag". */
  itemName: string;
  /** Marks items the schema would refuse, before the form is sent. */
  isValid: (item: string) => boolean;
  placeholder: string;
  code?: boolean;
  /** Rendered under the input with the list and its setter, e.g. suggestions. */
  extra?: (items: string[], setItems: (items: string[]) => void) => ReactNode;
}

/**
 * A list of strings edited as chips. The half-typed item stays here: the input adds it when it
 * loses focus, which it does before any submit button is clicked.
 */
export function ListField<V extends FieldValues>({
  name,
  itemName,
  isValid,
  placeholder,
  code,
  extra,
  ...frame
}: ListFieldProps<V>) {
  const { field } = useController<V>({ name });
  const [draft, setDraft] = useState("");
  const id = useFieldId(name);
  const items = field.value as string[];
  // A message about "tags.2" names the item: “newsletter”: …
  const errors = useFieldMessages(name, (subPath) => {
    const item = items[Number(subPath.split(".")[0])];
    return item === undefined ? subPath : `“${item}”`;
  });
  return (
    <FormField id={id} errors={errors} {...frame}>
      {(aria) => {
        const input = (
          <ListInput
            {...aria}
            code={code}
            items={items}
            onItemsChange={field.onChange}
            draft={draft}
            onDraftChange={setDraft}
            itemName={itemName}
            isValid={isValid}
            placeholder={placeholder}
          />
        );
        if (!extra) return input;
        return (
          <div className="flex flex-col gap-2">
            {input}
            {extra(items, field.onChange)}
          </div>
        );
      }}
    </FormField>
  );
}
