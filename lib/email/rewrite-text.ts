import { applyEdits } from "./apply-edits";
import { assertBodySize } from "./body-limit";
import { classifyLink } from "./classify-link";
import { sessionSpec } from "./session-spec";
import {
  TEMPLATE_VARIABLE,
  type Edit,
  type LinkSigner,
  type ReportEntry,
  type RewriteOptions,
  type RewriteResult,
} from "./types";

const HTTP_URL = /\bhttps?:\/\/[^\s<>"]+/gi;
const HTTP_OR_WWW_URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'*_]$/;
const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

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
    const trimmed = trimUrl(match[0]);
    // "*|ID|*" ends in what looks like punctuation: keep it whole so the skip is seen.
    const original =
      TEMPLATE_VARIABLE.test(match[0]) && !TEMPLATE_VARIABLE.test(trimmed) ? match[0] : trimmed;
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

function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    const last = url.at(-1) ?? "";
    if (TRAILING_PUNCTUATION.test(last)) url = url.slice(0, -1);
    else if (last in CLOSERS && count(url, last) > count(url, CLOSERS[last])) url = url.slice(0, -1);
    else return url;
  }
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}
