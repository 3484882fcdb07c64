/** Signed links, email rewriting and their signing keys. */
import { readFile, writeFile } from "node:fs/promises";
import { CLI_ACTOR } from "../../lib/auth/roles";
import { createSignedLink } from "../../lib/email/create-signed-link";
import { decodeEmailBody } from "../../lib/email/decode-email-body";
import { rewriteEmail } from "../../lib/email/rewrite-email";
import { AppError } from "../../lib/errors";
import { listSigningKeys, type ListedSigningKey } from "../../lib/signing/list-signing-keys";
import { retireSigningKey } from "../../lib/signing/retire-signing-key";
import { rotateSigningKey } from "../../lib/signing/rotate-signing-key";
import { withFlagNames, requiredPath, tagsOption, cliOrigin, type Commands } from "../command";

export const emailCommands: Commands = {
  "signing-keys": {
    summary: "List the link signing key versions, rotate to a new one or retire an old one",
    usage: "signing-keys [--list] | signing-keys --rotate | signing-keys --retire <version> [--confirm]",
    options: { list: { type: "boolean" }, rotate: { type: "boolean" }, retire: { type: "string" }, confirm: { type: "boolean" } },
    run: async (v) => {
      if ([v.list, v.rotate, v.retire !== undefined].filter(Boolean).length > 1) {
        throw new AppError("bad_request", "Give only one of --list, --rotate and --retire.");
      }
      if (v.confirm && v.retire === undefined) {
        throw new AppError("bad_request", "--confirm goes with --retire <version>.");
      }
      if (v.rotate) {
        const key = await rotateSigningKey(CLI_ACTOR);
        return `Version ${key.version} now signs new links; older versions keep verifying until retired.`;
      }
      if (v.retire !== undefined) {
        const result = await withFlagNames(retireSigningKey(CLI_ACTOR, { version: v.retire, confirm: Boolean(v.confirm) }), {
          version: "retire",
        });
        if (!result.retired) return `${result.warning}\nNothing changed. Run again with --confirm to retire it.`;
        return `Retired version ${result.key.version}; its links now get the not-found page.`;
      }
      return formatSigningKeys(await listSigningKeys(CLI_ACTOR));
    },
  },
  "sign-link": {
    summary: "Print one signed tracked link to a URL",
    usage: "sign-link --url <https://…> [--redirect <id>] [--session <id>] [--tags a,b] [--campaign <c>] [--origin <https://…>]",
    options: {
      url: { type: "string" },
      redirect: { type: "string" },
      session: { type: "string" },
      tags: { type: "string" },
      campaign: { type: "string" },
      origin: { type: "string" },
    },
    run: async (v) => {
      const input = {
        url: v.url,
        redirectId: v.redirect,
        sessionId: v.session,
        tags: tagsOption(v.tags),
        ...(v.campaign !== undefined && { campaign: v.campaign }),
      };
      const { url } = await withFlagNames(createSignedLink(CLI_ACTOR, input, cliOrigin(v.origin)), {
        redirectId: "redirect",
        sessionId: "session",
      });
      return url;
    },
  },
  rewrite: {
    summary: "Rewrite an email's links as signed tracked links (and add the open pixel)",
    usage:
      "rewrite --in <email.html> --out <tracked.html> [--text-in <t.txt> --text-out <t2.txt>] [--session <id> | --session-template '{{session@id}}'] [--campaign <c>] [--tags a,b] [--no-pixel] [--www] [--json <report.json>] [--origin <https://…>]",
    options: {
      in: { type: "string" },
      out: { type: "string" },
      "text-in": { type: "string" },
      "text-out": { type: "string" },
      session: { type: "string" },
      "session-template": { type: "string" },
      campaign: { type: "string" },
      tags: { type: "string" },
      "no-pixel": { type: "boolean" },
      www: { type: "boolean" },
      json: { type: "string" },
      origin: { type: "string" },
    },
    run: async (v) => {
      const out = requiredPath(v.out, "out");
      const textPaths = v["text-in"] !== undefined || v["text-out"] !== undefined;
      const textOut = textPaths ? requiredPath(v["text-out"], "text-out") : undefined;
      const origin = cliOrigin(v.origin);
      const input = {
        html: await readEmailFile(v.in, "in"),
        ...(textPaths && { text: await readEmailFile(v["text-in"], "text-in") }),
        sessionId: v.session,
        sessionTemplate: v["session-template"],
        ...(v.campaign !== undefined && { campaign: v.campaign }),
        tags: tagsOption(v.tags),
        trackOpens: !v["no-pixel"],
        prependHttpToWww: Boolean(v.www),
      };
      const result = await withFlagNames(rewriteEmail(CLI_ACTOR, input, origin), {
        html: "in",
        text: "text-in",
        sessionId: "session",
        sessionTemplate: "session-template",
      });
      await writeFile(out, result.html);
      if (textOut !== undefined && result.text !== undefined) await writeFile(textOut, result.text);
      if (typeof v.json === "string") await writeFile(v.json, `${JSON.stringify(result.links, null, 2)}\n`);
      const tracked = result.links.filter((l) => l.tracked !== undefined).length;
      return `${tracked} link${tracked === 1 ? "" : "s"} tracked, ${result.links.length - tracked} skipped`;
    },
  },
};

function formatSigningKeys(keys: ListedSigningKey[]): string {
  if (!keys.length) return "No signing key yet; version 1 is created when the first link is signed.";
  const unreadable = keys.filter((k) => !k.readable && k.state !== "retired");
  return [
    "version  state    created                   retired",
    ...keys.map((k) =>
      `${`v${k.version}`.padEnd(9)}${k.state.padEnd(9)}${k.createdAt.padEnd(26)}${(k.retiredAt ?? "-").padEnd(26)}${k.readable ? "" : "CANNOT BE OPENED"}`.trimEnd(),
    ),
    ...(unreadable.length
      ? [
          "",
          `Warning: ${unreadable.map((k) => `v${k.version}`).join(", ")} cannot be opened with this AUTH_SECRET (was it changed?): ` +
            `links signed with ${unreadable.length === 1 ? "it" : "them"} get the 404 page.` +
            (unreadable.some((k) => k.state === "current") ? " Nothing can be signed until you rotate (--rotate)." : ""),
        ]
      : []),
  ].join("\n");
}

/** Reads an email part as bytes so invalid UTF-8 is refused rather than silently replaced. */
async function readEmailFile(value: string | boolean | undefined, flag: string): Promise<string> {
  const path = requiredPath(value, flag);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new AppError("bad_request", `Cannot read ${path}.`, { [flag]: [(err as Error).message] });
  }
  return withFlagNames(
    Promise.resolve().then(() => decodeEmailBody(bytes)),
    { body: flag },
  );
}
