import type { SkipReason } from "@/lib/email/types";

/** Why a link was left as it is, in the words of the link report. */
export const SKIP_REASON_LABELS: Record<SkipReason, string> = {
  "opt-out": "marked data-no-track",
  empty: "empty link",
  fragment: "link within the email (#…)",
  relative: "relative link",
  "unsupported-scheme": "not an http(s) link",
  "template-variable": "contains a template variable",
  malformed: "not a valid URL",
  "too-long": "longer than 2,048 characters",
};
