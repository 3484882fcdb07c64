"use client";

import { useState } from "react";

/** Messages by issue path, as zod reports them and as server actions return them ("tags.2"). */
export type FieldErrors = Record<string, string[]>;

const belongsTo = (field: string, path: string) => path === field || path.startsWith(`${field}.`);

/** A zod result's issues as FieldErrors; an issue without a path is filed under "_". */
export function issuesToFieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const found: FieldErrors = {};
  for (const issue of issues) (found[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return found;
}

/**
 * A form's error state: messages per field (nested paths included, labelled by `itemLabel`),
 * cleared when the field is edited, the first invalid field in form order focused, and what
 * belongs to no field collected for the form's alert.
 */
export function useFieldErrors<F extends string>(
  fields: readonly F[],
  fieldId: (field: F) => string,
  itemLabel: (field: F, rest: string) => string = (_, rest) => rest,
) {
  const [errors, setErrors] = useState<FieldErrors>({});

  function errorsFor(field: F): string[] | undefined {
    const out: string[] = [];
    for (const [path, messages] of Object.entries(errors)) {
      if (path === field) out.push(...messages);
      else if (belongsTo(field, path)) {
        const label = itemLabel(field, path.slice(field.length + 1));
        out.push(...messages.map((m) => `${label}: ${m}`));
      }
    }
    return out.length ? out : undefined;
  }

  /** Editing a field clears its errors so stale messages do not linger. */
  function clearErrors(field: F) {
    setErrors((prev) => {
      const keys = Object.keys(prev).filter((k) => belongsTo(field, k));
      if (!keys.length) return prev;
      const next = { ...prev };
      for (const k of keys) delete next[k];
      return next;
    });
  }

  /** `alsoInvalid`: fields whose errors live outside `found` (e.g. per-row messages). */
  function focusFirstInvalid(found: FieldErrors, alsoInvalid: readonly F[] = []) {
    const first = fields.find((f) => alsoInvalid.includes(f) || Object.keys(found).some((k) => belongsTo(f, k)));
    if (!first) return;
    // After React has rendered the messages, so the focused control announces its error.
    requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
  }

  const unplaced = Object.entries(errors)
    .filter(([k]) => !fields.some((f) => belongsTo(f, k)))
    .flatMap(([, m]) => m);

  return { errors, setErrors, errorsFor, clearErrors, focusFirstInvalid, unplaced };
}
