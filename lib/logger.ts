import pino from "pino";

/**
 * Structured JSON logs on stdout. Module state, not a part: it holds nothing but its level, so
 * the second copy in Next's bundle writes the same lines to the same stream.
 */
export const logger: pino.Logger = pino({
  level: process.env.LOG_LEVEL || "info",
  base: { app: "clicktrail" },
});
