import { getConfig } from "../config";
import { clientIp } from "../http/client-ip";
import { PEER_HEADER } from "../http/peer-header";
import { logger } from "../logger";
import { SIGN_IN_UNAVAILABLE, SignInThrottledError } from "./sign-in-error";
import { verifyCredentials, type SignedInUser } from "./verify-credentials";

type Headers = Record<string, string | string[] | undefined>;

/**
 * next-auth's `authorize` for the credentials provider: the client's address from the request
 * (the TCP peer comes from server.ts in PEER_HEADER), then the throttled check. An unexpected
 * error is logged and answered with a fixed message: next-auth would send its text to the browser.
 */
export async function authorizeSignIn(credentials: unknown, headers: Headers | undefined): Promise<SignedInUser | null> {
  const h = headers ?? {};
  const peer = h[PEER_HEADER];
  const ip = clientIp(h, typeof peer === "string" && peer !== "" ? peer : null, getConfig().TRUST_PROXY);
  try {
    return await verifyCredentials(credentials, { ip });
  } catch (err) {
    if (err instanceof SignInThrottledError) throw err;
    logger.error({ err }, "sign-in check failed");
    throw new Error(SIGN_IN_UNAVAILABLE);
  }
}
