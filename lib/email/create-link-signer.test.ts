import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyLinkToken, type SigningKeyMaterial } from "../signing/link-token";
import { createLinkSigner } from "./create-link-signer";

const key: SigningKeyMaterial = { version: 2, secret: randomBytes(32) };
const keys = (v: number) => (v === key.version ? key.secret : undefined);
const NOW = new Date("2026-11-26T12:00:00Z");
const signer = createLinkSigner(key, "https://t.example//", NOW);
const LINK = { url: "https://example.com/a?b=1", tags: ["k:v"], campaign: "spring" };

function verified(token: string) {
  const result = verifyLinkToken(token, keys);
  if (!result.ok) throw new Error(result.reason);
  return result.claims;
}

describe("createLinkSigner", () => {
  it("signs a fixed session ID into the token, with the tags, campaign and issue time", () => {
    const url = signer.trackedUrl({ ...LINK, session: { kind: "id", id: "s-1" } });
    const token = /^https:\/\/t\.example\/l\/([A-Za-z0-9_-]+)$/.exec(url)![1];
    expect(verified(token)).toEqual({
      kind: "link",
      keyVersion: 2,
      issuedAt: NOW,
      targetUrl: LINK.url,
      redirectId: null,
      sessionId: "s-1",
      tags: ["k:v"],
      campaign: "spring",
    });
  });

  it("appends a session template verbatim after the token of links and pixels", () => {
    const session = { kind: "template" as const, template: "{{session@id}}" };
    const link = /^https:\/\/t\.example\/l\/([A-Za-z0-9_-]+)\/\{\{session@id\}\}$/.exec(signer.trackedUrl({ ...LINK, session }));
    expect(verified(link![1]).sessionId).toBeNull();
    const pixelUrl = signer.pixelUrl({ tags: ["t"], campaign: null, session });
    const pixel = /^https:\/\/t\.example\/o\/([A-Za-z0-9_-]+)\/\{\{session@id\}\}\.gif$/.exec(pixelUrl);
    expect(verified(pixel![1])).toMatchObject({ kind: "pixel", sessionId: null, tags: ["t"], campaign: null });
  });

  it("adds nothing for no session", () => {
    const url = signer.pixelUrl({ tags: [], campaign: "c", session: { kind: "none" } });
    const token = /^https:\/\/t\.example\/o\/([A-Za-z0-9_-]+)\.gif$/.exec(url)![1];
    expect(verified(token)).toMatchObject({ kind: "pixel", sessionId: null, campaign: "c" });
  });
});
