import { get, set, type ErrorOption, type FieldErrors, type FieldValues } from "react-hook-form";

/**
 * Messages by issue path ("tags.2", "eventProperties.foo"): server actions' `fieldErrors`, and
 * the client's zod issues grouped by the same function (lib/errors.ts fieldErrors).
 */
export type PathErrors = Record<string, string[]>;

export function mergePathErrors(...all: PathErrors[]): PathErrors {
  const merged: PathErrors = {};
  for (const errors of all) for (const [path, messages] of Object.entries(errors)) (merged[path] ??= []).push(...messages);
  return merged;
}

const belongsTo = (field: string, path: string) => path === field || path.startsWith(`${field}.`);

/**
 * Puts errors into a form through `setError`, the same way whoever found them (RHF's own for a
 * server's answer, a plain object's for the resolver): a path under one of `fields` lands on it,
 * nested paths included; the rest goes to "root.unplaced" for the form's alert.
 */
export function putErrors(
  errors: PathErrors,
  fields: readonly string[],
  type: string,
  setError: (path: string, error: ErrorOption) => void,
): void {
  const unplaced: string[] = [];
  for (const [path, messages] of Object.entries(errors)) {
    if (fields.some((field) => belongsTo(field, path))) setError(path, { type, message: messages.join(" · ") });
    else unplaced.push(...messages);
  }
  if (unplaced.length) setError("root.unplaced", { type, message: unplaced.join(" ") });
}

/**
 * The nested errors RHF keeps ("tags.2" → errors.tags[2]). A parent's message and its children's
 * are merged in either order, as RHF's setError does (its resolvers let a later "tags" replace an
 * earlier "tags.2").
 */
export function toFieldErrors<V extends FieldValues>(
  errors: PathErrors,
  fields: readonly string[],
  type: string,
): FieldErrors<V> {
  const nested = {};
  putErrors(errors, fields, type, (path, error) => set(nested, path, { ...(get(nested, path) as object | undefined), ...error }));
  return nested;
}

/** Keys of RHF's error objects that are not nested paths. */
const ERROR_KEYS = new Set(["type", "message", "types", "ref", "root"]);

/**
 * RHF's nested errors back as messages by path; an issue of the whole value (zod's empty path,
 * e.g. an unknown key) keeps its empty path, which no field claims, so it reaches the alert.
 */
export function pathErrorsOf(errors: object): PathErrors {
  const found: PathErrors = {};
  const walk = (node: unknown, path: string) => {
    if (typeof node !== "object" || node === null) return;
    const { message } = node as { message?: unknown };
    if (typeof message === "string" && message) (found[path] ??= []).push(message);
    for (const [key, child] of Object.entries(node)) {
      if (!ERROR_KEYS.has(key)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  for (const [key, child] of Object.entries(errors)) walk(child, key);
  return found;
}

/**
 * Every message in one field's error tree: its own first, then nested ones prefixed with
 * `label(path below the field)`, e.g. "“newsletter”: tags may use letters…".
 */
export function errorMessages(error: unknown, label: (subPath: string) => string = (subPath) => subPath): string[] {
  const { "": own = [], ...nested } = pathErrorsOf({ "": error });
  return [...own, ...Object.entries(nested).flatMap(([subPath, messages]) => messages.map((m) => `${label(subPath)}: ${m}`))];
}
