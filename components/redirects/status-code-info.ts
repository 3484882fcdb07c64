import type { RedirectStatusCode } from "@/lib/redirects/schema";

export const STATUS_CODE_INFO: Record<RedirectStatusCode, { label: string; explanation: string }> = {
  301: {
    label: "Moved permanently",
    explanation: "Permanent. Browsers may cache it and skip Clicktrail on repeat clicks, so those go uncounted.",
  },
  302: {
    label: "Found (default)",
    explanation: "Temporary. Every click reaches Clicktrail and is counted. The usual choice.",
  },
  307: {
    label: "Temporary redirect",
    explanation: "Like 302, and the browser keeps the request method (a POST stays a POST).",
  },
  308: {
    label: "Permanent redirect",
    explanation: "Like 301 (may be cached), and the browser keeps the request method.",
  },
};
