import { getConfig } from "../config";

/** The origin signed links are built on for an API call: PUBLIC_URL if set, else the request's. */
export function requestPublicOrigin(req: Request): string {
  const configured = getConfig().PUBLIC_URL;
  return configured ? configured.replace(/\/+$/, "") : new URL(req.url).origin;
}
