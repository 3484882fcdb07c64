import pino from "pino";

const holder = globalThis as unknown as { __clicktrailLogger?: pino.Logger };

/** Structured JSON logs on stdout; one logger per process. */
export const logger: pino.Logger = (holder.__clicktrailLogger ??= pino({
  level: process.env.LOG_LEVEL || "info",
  base: { app: "clicktrail" },
}));
