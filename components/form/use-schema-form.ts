"use client";

import { useState, useTransition, type BaseSyntheticEvent } from "react";
import {
  useForm,
  type DefaultValues,
  type ErrorOption,
  type FieldPath,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/auth/action-result";
import { zodResolver } from "@hookform/resolvers/zod";
import { mergePathErrors, pathErrorsOf, putErrors, toFieldErrors, type PathErrors } from "./path-errors";

/** A form's values as its schema's input, with the problems only the form's own shape can have. */
export interface FormInput<I> {
  input: I;
  /** E.g. a property row without a key, by form path ("eventProperties.rows.2"). */
  errors?: PathErrors;
}

/**
 * Checks the form with the server's schema through @hookform/resolvers' zodResolver, so the client
 * shows the server's messages, adding the problems of the form's own shape. On success the form's
 * values are the unparsed input (`raw`): the server parses it again and stays the judge.
 */
export function schemaResolver<V extends FieldValues, I>(
  schema: z.ZodType,
  toInput: (values: V) => FormInput<I>,
): Resolver<V, unknown, I> {
  const zod = zodResolver(schema as z.ZodType<FieldValues, FieldValues>, undefined, { raw: true });
  return async (values, context, options) => {
    const { input, errors = {} } = toInput(values);
    // No field refs: focus is SchemaForm's, in page order, once the messages have rendered.
    const checked = await zod(input as FieldValues, context, { ...options, fields: {}, names: undefined });
    const found = mergePathErrors(errors, pathErrorsOf(checked.errors));
    if (!Object.keys(found).length) return { values: input, errors: {} };
    return { values: {}, errors: toFieldErrors<V>(found, Object.keys(values), "schema") };
  };
}

export interface SchemaFormOptions<V extends FieldValues, I> {
  /** The schema the server action parses the input with. */
  schema: z.ZodType;
  defaultValues: V | (() => V);
  toInput: (values: V) => FormInput<I>;
  /** Sends valid input to the server; success is the caller's to handle, a refusal is shown in the form. */
  send: (input: I) => Promise<ActionResult<unknown>>;
}

export interface SchemaForm<V extends FieldValues, I> {
  methods: UseFormReturn<V, unknown, I>;
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  pending: boolean;
  /** Counts the server's refusals; each moves focus to the first invalid field once its message shows. */
  refusals: number;
}

/** A react-hook-form form checked by the server's schema whose server answer lands on its fields. */
export function useSchemaForm<V extends FieldValues, I>({
  schema,
  defaultValues,
  toInput,
  send,
}: SchemaFormOptions<V, I>): SchemaForm<V, I> {
  const [initialValues] = useState(defaultValues);
  const [pending, startTransition] = useTransition();
  const [refusals, setRefusals] = useState(0);
  const methods = useForm<V, unknown, I>({
    defaultValues: initialValues as DefaultValues<V>,
    resolver: schemaResolver(schema, toInput),
    // SchemaForm focuses the first invalid control in page order after the messages have rendered.
    shouldFocusError: false,
  });

  const onSubmit = methods.handleSubmit((input) =>
    startTransition(async () => {
      const result = await send(input);
      if (result.ok) return;
      // Paths come from the server at run time; putErrors files those that are no field of this form apart.
      const setError = (path: string, error: ErrorOption) => methods.setError(path as FieldPath<V>, error);
      putErrors(result.fieldErrors ?? {}, Object.keys(initialValues), "server", setError);
      setError("root.server", { type: result.code, message: result.message });
      setRefusals((n) => n + 1);
    }),
  );

  return { methods, onSubmit, pending, refusals };
}
