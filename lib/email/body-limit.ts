import { AppError } from "../errors";

/** 10 MiB: far above any real email, low enough that one request cannot stall the server. */
export const MAX_BODY_CHARS = 10 * 1024 * 1024;

/**
 * Links per part. Each one is signed (about 12 µs), so 10 MB of bare links would hold the
 * thread for seconds. A large newsletter has a few hundred.
 */
export const MAX_LINKS = 10_000;

export function assertBodySize(body: string): void {
  if (body.length > MAX_BODY_CHARS) {
    throw new AppError("bad_request", "The email body is larger than 10 MB.", {
      body: ["must be at most 10 MB"],
    });
  }
}

/** Called as each link is found, so the rewrite stops at the first link over the limit. */
export function assertLinkCount(count: number, part: "html" | "text"): void {
  if (count > MAX_LINKS) {
    throw new AppError("bad_request", `The ${part === "html" ? "HTML" : "text"} part has more than 10,000 links.`, {
      [part]: ["must have at most 10,000 links"],
    });
  }
}
