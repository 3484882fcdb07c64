import { authenticateApiKey } from "../api-keys/authenticate-api-key";
import { requestOrigin } from "../auth/request-origin";
import type { Actor } from "../auth/roles";
import { AppError } from "../errors";
import { getApiRateLimiter } from "./rate-limit";
import type { RateLimitState } from "./rate-limit-headers";

/** Where the wrapper finds the counter a call fell under, to report it even on an error. */
export interface QuotaReport {
  state: RateLimitState | null;
}

/**
 * Authenticates an API call within the rate limits: per key once authenticated, per client
 * address while not (no, wrong or revoked key). An address that spent its unauthenticated
 * allowance is refused before its key is even looked at, so keys cannot be tried faster than the
 * limit; its calls with a good key wait for the window too.
 */
export async function authenticateWithinLimits(req: Request, report: QuotaReport): Promise<Actor> {
  const limiter = getApiRateLimiter();
  const origin = requestOrigin(req.headers);
  const { ip } = origin;
  report.state = await limiter.spentAddress(ip);
  if (report.state) throw refusedAddress(report.state);
  let actor: Actor;
  try {
    actor = await authenticateApiKey(req.headers.get("authorization"));
  } catch (err) {
    if (err instanceof AppError && err.code === "unauthorized") {
      report.state = await limiter.countAddress(ip);
      if (report.state && !report.state.allowed) throw refusedAddress(report.state);
    }
    throw err;
  }
  report.state = await limiter.countKey(actor.id ?? actor.label);
  if (report.state && !report.state.allowed) {
    const { policy, resetSeconds } = report.state;
    throw new AppError(
      "rate_limited",
      `This API key made more than ${policy.quota} calls in ${policy.windowSeconds} seconds; try again in ${resetSeconds} seconds.`,
    );
  }
  return { ...actor, origin };
}

function refusedAddress({ policy, resetSeconds }: RateLimitState): AppError {
  return new AppError(
    "rate_limited",
    `More than ${policy.quota} calls without a valid API key came from this address in ${policy.windowSeconds} seconds; try again in ${resetSeconds} seconds.`,
  );
}
