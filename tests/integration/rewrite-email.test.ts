import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/roles";
import { MAX_BODY_CHARS } from "../../lib/email/body-limit";
import { createSignedLink } from "../../lib/email/create-signed-link";
import { rewriteEmail } from "../../lib/email/rewrite-email";
import { createRedirect } from "../../lib/redirects/create-redirect";
import { deleteRedirect } from "../../lib/redirects/delete-redirect";
import { verifyLink } from "../../lib/signing/verify-link";
import { uid, userActor } from "../support/actors";
import { expectAppError } from "../support/expect-app-error";
import { removeSigningKeysCreatedHere } from "../support/signing-key-cleanup";

const ORIGIN = "https://track.example";
const TEMPLATE = "{{session@id}}";
let admin: Actor;
let editor: Actor;
let viewer: Actor;

removeSigningKeysCreatedHere();

beforeAll(async () => {
  [admin, editor, viewer] = await Promise.all([userActor("admin"), userActor("editor"), userActor("viewer")]);
});

const HTML = [
  "<!doctype html><html><body>",
  '<a href="https://example.com/first?x=1&amp;y=2" data-track-tags="k:v;promo">First</a>',
  '<a href="mailto:hi@example.com">Mail</a>',
  '<a href="#top">Top</a>',
  '<a href="https://example.com/private" data-no-track>Private</a>',
  '<a href="https://example.com/u/{{user.id}}">Templated</a>',
  '<area href="https://example.com/area">',
  "</body></html>",
].join("\n");

/** The token and path session of a tracked URL `${ORIGIN}/l/{token}[/{session}]`. */
function linkParts(url: string): { token: string; session?: string } {
  expect(url.startsWith(`${ORIGIN}/l/`)).toBe(true);
  const [token, session] = url.slice(`${ORIGIN}/l/`.length).split("/");
  return { token, session };
}

async function claimsOf(url: string, pathSession?: string) {
  const { token } = linkParts(url);
  const result = await verifyLink({ kind: "link", token, sessionId: pathSession });
  if (!result.ok) throw new Error(`token did not verify: ${result.reason}`);
  return result.claims;
}

describe("rewriteEmail", () => {
  it("signs every trackable link with its tags, the campaign and the fixed session, in document order", async () => {
    const result = await rewriteEmail(
      editor,
      { html: HTML, sessionId: "s-42", campaign: "spring sale", tags: ["newsletter"] },
      ORIGIN,
    );
    expect(result.links.map((l) => [l.original, l.skipped ?? "tracked"])).toEqual([
      ["https://example.com/first?x=1&y=2", "tracked"],
      ["mailto:hi@example.com", "unsupported-scheme"],
      ["#top", "fragment"],
      ["https://example.com/private", "opt-out"],
      ["https://example.com/u/{{user.id}}", "template-variable"],
      ["https://example.com/area", "tracked"],
    ]);
    const [first, , , , , area] = result.links;
    expect(first.tags).toEqual(["newsletter", "k:v", "promo"]);
    expect(linkParts(first.tracked!).session).toBeUndefined();
    expect(await claimsOf(first.tracked!)).toMatchObject({
      kind: "link",
      targetUrl: "https://example.com/first?x=1&y=2",
      sessionId: "s-42",
      campaign: "spring sale",
      tags: ["newsletter", "k:v", "promo"],
      redirectId: null,
    });
    expect(await claimsOf(area.tracked!)).toMatchObject({ targetUrl: "https://example.com/area", tags: ["newsletter"] });
    // A signed session refuses another recipient's session in the path.
    const forwarded = await verifyLink({ kind: "link", token: linkParts(first.tracked!).token, sessionId: "s-other" });
    expect(forwarded).toEqual({ ok: false, reason: "session-mismatch" });

    // Only the tracked hrefs and the removed attributes change.
    expect(result.html).toContain(`<a href="${first.tracked}">First</a>`);
    expect(result.html).toContain('<a href="mailto:hi@example.com">Mail</a>');
    expect(result.html).toContain('<a href="https://example.com/private">Private</a>');
    expect(result.html).not.toContain("data-track-tags");
    expect(result.html).not.toContain("<img");
    expect(result.text).toBeUndefined();
  });

  it("keeps a per-recipient session template verbatim after the token of links and the pixel", async () => {
    const result = await rewriteEmail(
      admin,
      { html: HTML, text: "Read https://example.com/text.\n", sessionTemplate: TEMPLATE, trackOpens: true },
      ORIGIN,
    );
    const tracked = result.links.filter((l) => l.tracked !== undefined);
    expect(tracked.map((l) => l.original)).toEqual([
      "https://example.com/first?x=1&y=2",
      "https://example.com/area",
      "https://example.com/text",
    ]);
    for (const link of tracked) {
      expect(link.tracked!.endsWith(`/${TEMPLATE}`)).toBe(true);
      expect(result.html + result.text).toContain(link.tracked!);
      // The token itself carries no session: the email tool's substitution supplies it.
      expect((await claimsOf(link.tracked!)).sessionId).toBeNull();
      expect((await claimsOf(link.tracked!, "recipient-7")).sessionId).toBe("recipient-7");
    }
    expect(result.text).toBe(`Read ${tracked[2].tracked}.\n`);

    const pixel = /<img src="(https:\/\/track\.example\/o\/([^/"]+)\/\{\{session@id\}\}\.gif)"/.exec(result.html);
    expect(pixel).not.toBeNull();
    const verified = await verifyLink({ kind: "pixel", token: pixel![2], sessionId: "recipient-7" });
    expect(verified).toMatchObject({ ok: true, claims: { kind: "pixel", sessionId: "recipient-7" } });
  });

  it("puts no session anywhere without one, and a fixed session into the pixel token", async () => {
    const plain = await rewriteEmail(editor, { html: '<a href="https://example.com/p">p</a>' }, ORIGIN);
    expect(linkParts(plain.links[0].tracked!).session).toBeUndefined();
    expect((await claimsOf(plain.links[0].tracked!)).sessionId).toBeNull();

    const opened = await rewriteEmail(
      editor,
      { html: "<body>hi</body>", sessionId: "s-1", campaign: "c", tags: ["t"], trackOpens: true },
      ORIGIN,
    );
    const token = /\/o\/([^/"]+)\.gif"/.exec(opened.html)![1];
    const verified = await verifyLink({ kind: "pixel", token });
    expect(verified).toMatchObject({ ok: true, claims: { sessionId: "s-1", campaign: "c", tags: ["t"] } });
    expect(opened.html.endsWith("</body>")).toBe(true);
  });

  it("refuses viewers and signs nothing for them", async () => {
    await expectAppError(rewriteEmail(viewer, { html: HTML }, ORIGIN), "forbidden");
  });

  it("answers 400 with a message per invalid field", async () => {
    const err = await expectAppError(
      rewriteEmail(
        editor,
        { text: 5, sessionId: "bad id", sessionTemplate: "no variable", tags: ["ok", ""], trackOpens: "yes", extra: 1 },
        ORIGIN,
      ),
      "bad_request",
    );
    // "_" is the unknown field; both parts and options are reported at once.
    expect(Object.keys(err.details ?? {}).sort()).toEqual([
      "_",
      "html",
      "sessionId",
      "sessionTemplate",
      "tags.1",
      "text",
      "trackOpens",
    ]);
    await expectAppError(rewriteEmail(editor, "<a>", ORIGIN), "bad_request");
    const both = await expectAppError(
      rewriteEmail(editor, { html: "", sessionId: "s-1", sessionTemplate: TEMPLATE }, ORIGIN),
      "bad_request",
    );
    expect(both.details?.sessionTemplate).toEqual(["give a session ID or a session template, not both"]);
    const big = await expectAppError(rewriteEmail(editor, { html: "x".repeat(MAX_BODY_CHARS + 1) }, ORIGIN), "bad_request");
    expect(big.message).toContain("10 MB");
  });
});

describe("createSignedLink", () => {
  it("signs a link with a live redirect, session, tags and campaign", async () => {
    const id = uid("signed");
    await createRedirect(editor, { id, name: "Signed", targetUrl: "https://example.com/r" });
    const { url } = await createSignedLink(
      editor,
      { url: "https://Example.com/landing?a=1", redirectId: id, sessionId: "s-5", tags: ["x", "x", "y"], campaign: "c1" },
      `${ORIGIN}/`,
    );
    expect(linkParts(url).session).toBeUndefined();
    expect(await claimsOf(url)).toMatchObject({
      targetUrl: "https://example.com/landing?a=1",
      redirectId: id,
      sessionId: "s-5",
      tags: ["x", "y"],
      campaign: "c1",
    });
  });

  it("refuses a redirect ID that does not exist or was deleted", async () => {
    const missing = await expectAppError(
      createSignedLink(editor, { url: "https://example.com", redirectId: uid("none") }, ORIGIN),
      "not_found",
    );
    expect(missing.details).toEqual({ redirectId: ["must name an existing redirect"] });
    const id = uid("gone");
    await createRedirect(editor, { id, name: "Gone", targetUrl: "https://example.com/g" });
    await deleteRedirect(editor, id);
    await expectAppError(createSignedLink(editor, { url: "https://example.com", redirectId: id }, ORIGIN), "not_found");
  });

  it("refuses viewers and invalid fields", async () => {
    await expectAppError(createSignedLink(viewer, { url: "https://example.com" }, ORIGIN), "forbidden");
    const err = await expectAppError(
      createSignedLink(editor, { url: "ftp://example.com", redirectId: "bad id!", sessionId: "", other: 1 }, ORIGIN),
      "bad_request",
    );
    expect(Object.keys(err.details ?? {}).sort()).toEqual(["_", "redirectId", "sessionId", "url"]);
  });
});
