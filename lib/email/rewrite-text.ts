import { applyEdits } from "./apply-edits";
import { assertBodySize, assertLinkCount } from "./body-limit";
import { classifyLink } from "./classify-link";
import { sessionSpec } from "./session-spec";
import {
  hasTemplateVariable,
  type Edit,
  type LinkSigner,
  type ReportEntry,
  type RewriteOptions,
  type RewriteResult,
} from "./types";

const HTTP_URL = /\bhttps?:\/\/[^\s<>"]+/gi;
const HTTP_OR_WWW_URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const TRAILING_PUNCTUATION = new Set([...".,;:!?'*_"].map((char) => char.charCodeAt(0)));
/** Opening brackets at 0–2, their closing ones 3 further. */
const BRACKETS = [..."([{)]}"].map((char) => char.charCodeAt(0));

/**
 * Rewrites bare http(s) URLs (and www. ones when asked) in a plain-text part. Sentence
 * punctuation and unbalanced closing brackets after a URL stay outside it, so "(see
 * https://x.example/a)." tracks https://x.example/a.
 */
export function rewriteText(text: string, options: RewriteOptions, links: LinkSigner): RewriteResult {
  assertBodySize(text);
  const session = sessionSpec(options);
  const edits: Edit[] = [];
  const report: ReportEntry[] = [];
  const pattern = options.prependHttpToWww ? HTTP_OR_WWW_URL : HTTP_URL;
  for (const match of text.matchAll(pattern)) {
    assertLinkCount(report.length + 1, "text");
    const trimmed = trimUrl(match[0]);
    // "*|ID|*" ends in what looks like punctuation: keep it whole so the skip is seen.
    const original = hasTemplateVariable(match[0]) && !hasTemplateVariable(trimmed) ? match[0] : trimmed;
    const tags = [...options.tags];
    const verdict = classifyLink(original, options.prependHttpToWww);
    if ("skipped" in verdict) {
      report.push({ original, skipped: verdict.skipped, tags });
      continue;
    }
    const tracked = links.trackedUrl({ url: verdict.url, tags, campaign: options.campaign, session });
    report.push({ original, tracked, tags });
    if (tracked !== original) {
      edits.push({ start: match.index, end: match.index + original.length, replacement: tracked });
    }
  }
  return { output: applyEdits(text, edits), report, edits };
}

/**
 * Drops trailing punctuation and the closing brackets that have no opening one in the URL.
 * Brackets are counted once and the counts follow the end as it moves left: counting again for
 * each trailing character made a run of ")" quadratic.
 */
function trimUrl(candidate: string): string {
  const count = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < candidate.length; i++) {
    const bracket = BRACKETS.indexOf(candidate.charCodeAt(i));
    if (bracket !== -1) count[bracket]++;
  }
  let end = candidate.length;
  while (end > 0) {
    const code = candidate.charCodeAt(end - 1);
    const bracket = BRACKETS.indexOf(code);
    if (TRAILING_PUNCTUATION.has(code)) end--;
    else if (bracket >= 3 && count[bracket] > count[bracket - 3]) {
      count[bracket]--;
      end--;
    } else break;
  }
  return candidate.slice(0, end);
}
