import { z } from "zod";

/**
 * A recipient's session ID, as links carry it (`/redirect/{id}/{session}`, signed into a token)
 * and clicks store it. One rule for every schema that takes one; imported by client components
 * too, so nothing server-only here.
 */
export const MAX_SESSION_ID_LENGTH = 128;
export const SESSION_ID_PATTERN = new RegExp(`^[A-Za-z0-9._:-]{1,${MAX_SESSION_ID_LENGTH}}$`);

export const sessionIdSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
  .trim()
  .min(1, { error: "is required", abort: true })
  .regex(SESSION_ID_PATTERN, { error: `must be 1–${MAX_SESSION_ID_LENGTH} letters, digits or . _ : -` });
