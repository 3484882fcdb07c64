import { AppError } from "../errors";

/** 10 MiB: far above any real email, low enough that one request cannot stall the server. */
export const MAX_BODY_CHARS = 10 * 1024 * 1024;

export function assertBodySize(body: string): void {
  if (body.length > MAX_BODY_CHARS) {
    throw new AppError("bad_request", "The email body is larger than 10 MB.", {
      body: ["must be at most 10 MB"],
    });
  }
}
