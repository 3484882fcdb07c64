import type { ReactNode } from "react";
import { cn } from "./cn";
import { FieldError } from "./field-error";
import { FieldHint } from "./field-hint";
import { Label } from "./label";

export interface ControlAria {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

interface FormFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  optional?: boolean;
  className?: string;
  /** Receives the id and aria attributes that tie the control to its label, hint and errors. */
  children: (aria: ControlAria) => ReactNode;
}

/** Label, control, hint and errors wired together the same way for every field. */
export function FormField({ id, label, hint, errors, optional, className, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={id}>
        {label}
        {optional && (
          <>
            {" "}
            <span className="ml-1 font-normal text-subtle">optional</span>
          </>
        )}
      </Label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": errorId ? true : undefined })}
      {errorId && <FieldError id={errorId} messages={errors} />}
      {hint && hintId && <FieldHint id={hintId}>{hint}</FieldHint>}
    </div>
  );
}
