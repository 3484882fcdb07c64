/** A quota as advertised to clients: `quota` requests per `windowSeconds`. */
export interface RateLimitPolicy {
  name: string;
  quota: number;
  windowSeconds: number;
}

/** Where a caller stands after one request under a policy. */
export interface RateLimitState {
  policy: RateLimitPolicy;
  allowed: boolean;
  remaining: number;
  /** Whole seconds until the window ends and the quota is whole again (at least 1). */
  resetSeconds: number;
}

/**
 * The IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers-11): `RateLimit-Policy` states
 * the quota, `RateLimit` what is left of it (`r`) and when it refills (`t`); policy names are
 * Structured Field Strings. A refusal adds `Retry-After`, pointing at the same moment as `t`, for
 * the many clients that only know that one.
 */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  const { policy } = state;
  const headers: Record<string, string> = {
    "ratelimit-policy": `"${policy.name}";q=${policy.quota};w=${policy.windowSeconds}`,
    ratelimit: `"${policy.name}";r=${state.remaining};t=${state.resetSeconds}`,
  };
  if (!state.allowed) headers["retry-after"] = String(state.resetSeconds);
  return headers;
}

/** Adds the fields of `state` (if any limit applied) to a response the handler built. */
export function withRateLimitHeaders(res: Response, state: RateLimitState | null): Response {
  if (state) for (const [name, value] of Object.entries(rateLimitHeaders(state))) res.headers.set(name, value);
  return res;
}
