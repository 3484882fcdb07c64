"use client";

import { LoaderCircle } from "lucide-react";
import { createContext, useContext, useEffect, useRef, type ComponentProps, type ReactNode } from "react";
import { FormProvider, useFormState, type FieldValues } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { SchemaForm as SchemaFormState } from "./use-schema-form";

const IdPrefix = createContext("field");

/** The DOM id of a field's control; its label, hint and error ids derive from it. */
export function useFieldId(name: string): string {
  return `${useContext(IdPrefix)}-${name.replaceAll(".", "-")}`;
}

interface SchemaFormProps<V extends FieldValues, I> extends Omit<ComponentProps<"form">, "onSubmit" | "noValidate"> {
  form: SchemaFormState<V, I>;
  /** Prefix of the fields' DOM ids, unique on the page. */
  idPrefix: string;
  children: ReactNode;
}

/**
 * The form element with its fields' context. After a submit the client refused, or a server's
 * refusal, the first invalid control in page order takes focus once its message has rendered (so
 * a screen reader announces it); the submit count changes in the same render as the client's errors.
 */
export function SchemaForm<V extends FieldValues, I>({ form, idPrefix, children, ...props }: SchemaFormProps<V, I>) {
  const ref = useRef<HTMLFormElement>(null);
  const { submitCount } = useFormState({ control: form.methods.control });
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [submitCount, form.refusals]);

  return (
    <FormProvider {...form.methods}>
      <IdPrefix.Provider value={idPrefix}>
        <form ref={ref} onSubmit={form.onSubmit} noValidate {...props}>
          {children}
        </form>
      </IdPrefix.Provider>
    </FormProvider>
  );
}

/** The server's refusal: its message, then what belongs to no field, or a pointer to the fields. */
export function FormAlert({ className }: { className?: string }) {
  const { errors } = useFormState();
  const { root, ...fields } = errors;
  const title = root?.server?.message ?? root?.unplaced?.message;
  if (!title) return null;
  const detail = root?.server && (root.unplaced?.message ?? (Object.keys(fields).length > 0 && "See the fields marked below."));
  return (
    <div className={className}>
      <Alert title={title}>{detail}</Alert>
    </div>
  );
}

export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <Button type="submit" variant="primary" disabled={pending}>
      {pending && <LoaderCircle aria-hidden className="animate-spin" />}
      {children}
    </Button>
  );
}
