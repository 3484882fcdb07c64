import type { SigningKeyMaterial } from "../signing/link-token";
import { encodeLinkToken } from "../signing/link-token";
import { linkBase } from "../http/link-base";
import type { LinkSigner, SessionSpec } from "./types";

/**
 * Signs every link and pixel of one email with one key and one issue time, synchronously, as
 * the rewriter needs. A fixed session ID is signed into the token; a per-recipient template
 * is appended after it verbatim, for the email tool to substitute (docs/adr/0010).
 */
export function createLinkSigner(key: SigningKeyMaterial, origin: string, now = new Date()): LinkSigner {
  const base = linkBase(origin);
  const signedSession = (session: SessionSpec) => (session.kind === "id" ? session.id : null);
  const templateSuffix = (session: SessionSpec) => (session.kind === "template" ? `/${session.template}` : "");
  return {
    trackedUrl: ({ url, tags, campaign, session }) => {
      const token = encodeLinkToken(
        { kind: "link", targetUrl: url, sessionId: signedSession(session), tags, campaign },
        key,
        now,
      );
      return `${base}/l/${token}${templateSuffix(session)}`;
    },
    pixelUrl: ({ tags, campaign, session }) => {
      const token = encodeLinkToken({ kind: "pixel", sessionId: signedSession(session), tags, campaign }, key, now);
      return `${base}/o/${token}${templateSuffix(session)}.gif`;
    },
  };
}
