import { logger } from "../logger";
import { requestOrigin } from "./request-origin";
import { SIGN_IN_UNAVAILABLE, SignInThrottledError } from "./sign-in-error";
import { verifyCredentials, type SignedInUser } from "./verify-credentials";

type Headers = Record<string, string | string[] | undefined>;

/**
 * next-auth's `authorize` for the credentials provider: the client's address from the request
 * (lib/auth/request-origin.ts), then the throttled check. An unexpected
 * error is logged and answered with a fixed message: next-auth would send its text to the browser.
 */
export async function authorizeSignIn(credentials: unknown, headers: Headers | undefined): Promise<SignedInUser | null> {
  try {
    return await verifyCredentials(credentials, requestOrigin(headers ?? {}));
  } catch (err) {
    if (err instanceof SignInThrottledError) throw err;
    logger.error({ err }, "sign-in check failed");
    throw new Error(SIGN_IN_UNAVAILABLE);
  }
}
