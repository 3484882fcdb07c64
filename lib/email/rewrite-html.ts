import { QuoteType, Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { applyEdits } from "./apply-edits";
import { assertBodySize, assertLinkCount } from "./body-limit";
import { classifyLink } from "./classify-link";
import { escapeAttribute } from "./escape-attribute";
import { isHtmlSpace } from "./html-space";
import { mergeLinkTags } from "./link-tags";
import { sessionSpec } from "./session-spec";
import type { Edit, LinkSigner, ReportEntry, RewriteOptions, RewriteResult } from "./types";

/** Per-link opt-outs of our own and of the vendors in the reference documents. */
const OPT_OUT_ATTRIBUTES = new Set(["data-no-track", "data-as-no-track", "data-smtpd-no-track", "data-pm-no-track"]);
const TAG_ATTRIBUTES = new Set(["data-track-tags", "postbox:tags"]);
/** The only attributes read; others are not kept, so attribute soup costs no memory. */
const READ_ATTRIBUTES = new Set(["href", "clicktracking", ...OPT_OUT_ATTRIBUTES, ...TAG_ATTRIBUTES]);

interface Attribute {
  name: string;
  nameStart: number;
  nameEnd: number;
  /** Decoded value, assembled from the tokenizer's raw pieces and decoded entities. */
  value: string;
  quote: QuoteType;
  /** Just past the attribute, including a closing quote. */
  end: number;
}

/**
 * Rewrites the href of every trackable <a> and <area> through the signer, and removes opt-out
 * and tag attributes. Built on htmlparser2's tokenizer for exact source offsets: the output is
 * the input with only those spans changed (plus the open pixel), so doctype, comments,
 * conditional comments, line endings and odd markup survive byte for byte. Comments, <script>
 * and <style> are never entered by the tokenizer; <template> content is skipped here.
 */
export function rewriteHtml(html: string, options: RewriteOptions, links: LinkSigner): RewriteResult {
  assertBodySize(html);
  const session = sessionSpec(options);
  const edits: Edit[] = [];
  const report: ReportEntry[] = [];
  let tagName = "";
  let collecting = false;
  let attributes: Attribute[] = [];
  let current: Attribute | null = null;
  /** The current value's pieces, joined once: `+=` per entity builds a rope as long as the value. */
  let pieces: string[] = [];
  let templateDepth = 0;
  let lastBodyClose = -1;

  function finishLink(): void {
    let href: Attribute | undefined;
    let tagAttribute: string | null = null;
    let optOut = false;
    const removals: Attribute[] = [];
    for (const attribute of attributes) {
      const { name } = attribute;
      const clickTrackingOff = name === "clicktracking" && attribute.value.trim().toLowerCase() === "off";
      if (OPT_OUT_ATTRIBUTES.has(name) || clickTrackingOff) {
        optOut = true;
        removals.push(attribute);
      } else if (TAG_ATTRIBUTES.has(name)) {
        tagAttribute ??= attribute.value;
        removals.push(attribute);
      } else if (name === "href") {
        // Browsers use the first of duplicate attributes.
        href ??= attribute;
      }
    }
    const tagEdits = removals.map(removal);
    if (href) {
      assertLinkCount(report.length + 1, "html");
      const tags = mergeLinkTags(options.tags, tagAttribute);
      const verdict = optOut ? { skipped: "opt-out" as const } : classifyLink(href.value, options.prependHttpToWww);
      if ("url" in verdict) {
        const tracked = links.trackedUrl({ url: verdict.url, tags, campaign: options.campaign, session });
        report.push({ original: href.value, tracked, tags });
        if (tracked !== href.value) tagEdits.push(valueEdit(html, href, tracked));
      } else {
        report.push({ original: href.value, skipped: verdict.skipped, tags });
      }
    }
    tagEdits.sort((a, b) => a.start - b.start);
    // Not push(...tagEdits): a tag with 100,000s of opt-out attributes overflows the call stack.
    for (const edit of tagEdits) edits.push(edit);
  }

  function removal(attribute: Attribute): Edit {
    let start = attribute.nameStart;
    while (start > 0 && isHtmlSpace(html.charCodeAt(start - 1))) start--;
    return { start, end: attribute.end, replacement: "" };
  }

  function endOpenTag(): void {
    if (collecting) finishLink();
    else if (tagName === "template") templateDepth++;
    collecting = false;
    attributes = [];
  }

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      tagName = html.slice(start, end).toLowerCase();
      collecting = templateDepth === 0 && (tagName === "a" || tagName === "area");
      attributes = [];
    },
    onattribname(start, end) {
      const name = collecting ? html.slice(start, end).toLowerCase() : "";
      current = READ_ATTRIBUTES.has(name)
        ? { name, nameStart: start, nameEnd: end, value: "", quote: QuoteType.NoValue, end }
        : null;
      pieces = [];
    },
    onattribdata(start, end) {
      if (current) pieces.push(html.slice(start, end));
    },
    onattribentity(codepoint) {
      if (current) pieces.push(String.fromCodePoint(codepoint));
    },
    onattribend(quote, end) {
      if (!current) return;
      current.value = pieces.join("");
      current.quote = quote;
      current.end = end;
      attributes.push(current);
      current = null;
    },
    onopentagend: endOpenTag,
    onselfclosingtag: endOpenTag,
    onclosetag(start, end) {
      const name = html.slice(start, end).toLowerCase();
      if (name === "template" && templateDepth > 0) templateDepth--;
      // The name follows "</" directly: the tokenizer reads "</ body>" as a bogus comment.
      else if (name === "body" && templateDepth === 0) lastBodyClose = start - 2;
    },
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onend() {},
    onprocessinginstruction() {},
    ontext() {},
    ontextentity() {},
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();

  if (options.trackOpens) {
    const src = links.pixelUrl({ campaign: options.campaign, session, tags: options.tags });
    const pixel =
      `<img src="${escapeAttribute(src)}" width="1" height="1" alt=""` + ` style="display:block;width:1px;height:1px;border:0">`;
    const at = lastBodyClose >= 0 ? lastBodyClose : html.length;
    edits.push({ start: at, end: at, replacement: pixel });
    edits.sort((a, b) => a.start - b.start);
  }
  return { output: applyEdits(html, edits), report, edits };
}

/** Replaces only the value; an unquoted one is quoted since a URL may hold `=` or `'`. */
function valueEdit(html: string, attribute: Attribute, url: string): Edit {
  const escaped = escapeAttribute(url);
  if (attribute.quote === QuoteType.Double || attribute.quote === QuoteType.Single) {
    const quote = attribute.quote === QuoteType.Double ? '"' : "'";
    const start = html.indexOf(quote, attribute.nameEnd) + 1;
    return { start, end: attribute.end - 1, replacement: escaped };
  }
  // Unquoted: a bare `href` (no value) is empty and never gets here.
  let start = html.indexOf("=", attribute.nameEnd) + 1;
  while (isHtmlSpace(html.charCodeAt(start))) start++;
  return { start, end: attribute.end, replacement: `"${escaped}"` };
}
