import type { Actor } from "../auth/roles";
import { toAppError } from "../db/errors";
import { AppError } from "../errors";
import { logger } from "../logger";
import { authenticateWithinLimits, type QuotaReport } from "./authenticate-within-limits";
import { withRateLimitHeaders } from "./rate-limit-headers";

interface RouteContext<P> {
  params: Promise<P>;
}

export interface ApiContext<P> {
  req: Request;
  actor: Actor;
  params: P;
}

/**
 * The one wrapper around every /api/v1 handler: authenticates the API key within the rate limits
 * (docs/adr/0018), runs the handler and maps every failure to `{ error: { code, message, details } }`;
 * every answer carries the RateLimit fields of the counter the call fell under. Permissions are
 * checked by the lib/ service the handler calls, the same check as for the UI and the CLI.
 */
export function withApiKey<P = Record<string, never>>(handler: (ctx: ApiContext<P>) => Promise<Response>) {
  return async (req: Request, ctx: RouteContext<P>): Promise<Response> => {
    const quota: QuotaReport = { state: null };
    let res: Response;
    try {
      const actor = await authenticateWithinLimits(req, quota);
      res = await handler({ req, actor, params: await ctx.params });
    } catch (err) {
      res = errorResponse(err);
    }
    return withRateLimitHeaders(res, quota.state);
  };
}

export function errorResponse(err: unknown): Response {
  const known = toAppError(err);
  if (known) {
    return Response.json(
      { error: { code: known.code, message: known.message, details: known.details ?? null } },
      { status: known.status, headers: known.code === "unauthorized" ? { "www-authenticate": "Bearer" } : {} },
    );
  }
  logger.error({ err }, "API handler failed");
  return Response.json({ error: { code: "internal_error", message: "Unexpected error.", details: null } }, { status: 500 });
}

/** Default cap on a JSON request body; endpoints that take whole emails pass their own. */
export const MAX_JSON_BODY_BYTES = 1_048_576;

/**
 * The request body as JSON, or a 400 that says why it is not, or a 413 once it passes
 * `maxBytes`: refused from Content-Length when it says so, else while streaming, so an
 * oversized (or chunked, unannounced) upload is never buffered whole.
 */
export async function readJsonBody(req: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<unknown> {
  const tooLarge = () => new AppError("payload_too_large", `The request body is larger than ${formatBytes(maxBytes)}.`);
  const declared = Number(req.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (req.body) {
    const reader = req.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("bad_request", "The request body is not valid UTF-8.");
  }
  if (!text.trim()) throw new AppError("bad_request", "The request body must be a JSON object.");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}

const formatBytes = (n: number) => (n % 1_048_576 === 0 ? `${n / 1_048_576} MB` : `${n} bytes`);

/** URLSearchParams → plain object for a zod query schema (last value wins). */
export function queryObject(req: Request): Record<string, string> {
  return Object.fromEntries(new URL(req.url).searchParams);
}
