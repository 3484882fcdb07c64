import { z } from "zod";
import { sessionIdSchema } from "../sessions/session-id";
import { pagingQuery, type Page } from "../validation/paging";
import { plainText } from "../validation/plain-text";

/**
 * Opt-out list and erasure inputs: one schema for the forms, server actions, the REST API and
 * the CLI. Imported by client components too, so it must not import anything server-only.
 */

/** A session ID on its own (a path parameter, a CLI flag), reported under `sessionId`. */
export const sessionRefSchema = z.object({ sessionId: sessionIdSchema });

export const MAX_NOTE_LENGTH = 500;

export const optOutCreateSchema = z.strictObject(
  {
    sessionId: sessionIdSchema,
    note: plainText(MAX_NOTE_LENGTH, { multiline: true }).default(""),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "unknown field" : undefined) },
);

/** List query; from URL search params, so numbers come as strings and are coerced. */
export const optOutListQuerySchema = z.object({
  q: plainText(200).optional().catch(undefined),
  ...pagingQuery,
});

export type OptOutListQuery = z.output<typeof optOutListQuerySchema>;

export interface OptOutDto {
  sessionId: string;
  note: string;
  createdAt: string;
  /** Email of the user who added it; null when added with an API key or the CLI. */
  createdBy: string | null;
}

export type OptOutPage = Page<OptOutDto>;
