import { AppError } from "../errors";
import { MAX_BODY_CHARS } from "./body-limit";

/**
 * Decodes an uploaded body as strict UTF-8 for the rewriter. A lenient decoder would replace
 * bad bytes with U+FFFD and silently change the email; a BOM is kept so no byte is lost.
 */
export function decodeEmailBody(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_BODY_CHARS) {
    throw new AppError("bad_request", "The email body is larger than 10 MB.", {
      body: ["must be at most 10 MB"],
    });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new AppError("bad_request", "The email body is not valid UTF-8.", {
      body: ["must be UTF-8 text"],
    });
  }
}
