import type { LinkSigner, SessionSpec } from "./types";

/** A readable stand-in for the token signer, shared by the rewriter's tests. */
export const testSigner: LinkSigner = {
  trackedUrl: ({ url, tags, campaign, session }) =>
    `https://t.example/l?u=${url}&s=${sessionPart(session)}&c=${campaign ?? ""}&t=${tags.join(",")}`,
  pixelUrl: ({ campaign, session }) => `https://t.example/o.gif?s=${sessionPart(session)}&c=${campaign ?? ""}`,
};

function sessionPart(session: SessionSpec): string {
  if (session.kind === "id") return session.id;
  if (session.kind === "template") return session.template;
  return "";
}
