import type { ReactNode } from "react";
import { Checkbox } from "./checkbox";
import { cn } from "./cn";
import { FieldError } from "./field-error";
import { FieldHint } from "./field-hint";
import { Label } from "./label";

interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  hint: ReactNode;
  errors?: string[];
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
}

/** A checkbox with its label and hint beside it and its errors below, tied together for screen readers. */
export function CheckboxField({ id, label, hint, errors, checked, onChange, className }: CheckboxFieldProps) {
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <div className="flex items-start gap-2.5">
        <Checkbox
          id={id}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
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
