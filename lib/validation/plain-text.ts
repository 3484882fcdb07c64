import { z } from "zod";

/**
 * Free text a person types (names, descriptions, notes): trimmed, capped, and refused when it
 * holds what no database column should: control characters (PostgreSQL refuses NUL in text,
 * SQLite stores it, so the two would differ) or unpaired UTF-16 surrogates (Prisma's query
 * serialiser refuses them on both). Pure: client components use it too.
 */

// One code point at a time, no backtracking: linear in the length, which is capped first.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const UNPAIRED_SURROGATE = /\p{Cs}/u;

export const CONTROL_CHARACTER_MESSAGE = "must not contain control characters";
export const UNPAIRED_SURROGATE_MESSAGE = "must be valid Unicode text (it holds an unpaired surrogate)";

/**
 * A trimmed string of at most `max` characters without control characters; `multiline` lets
 * tabs and line breaks through (descriptions, notes).
 */
export function plainText(max: number, { multiline = false }: { multiline?: boolean } = {}) {
  const controls = multiline ? CONTROLS_BUT_LINE_BREAKS : CONTROLS;
  return z
    .string({ error: "must be a string" })
    .trim()
    .max(max, { error: `must be at most ${max.toLocaleString("en")} characters`, abort: true })
    .refine((v) => !controls.test(v), {
      error: multiline ? `${CONTROL_CHARACTER_MESSAGE} (tabs and line breaks are fine)` : CONTROL_CHARACTER_MESSAGE,
    })
    .refine((v) => !UNPAIRED_SURROGATE.test(v), { error: UNPAIRED_SURROGATE_MESSAGE });
}
