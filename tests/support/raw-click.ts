import { expect } from "vitest";
import { getClickBuffer } from "../../lib/clicks/click-buffer";
import type { RawClick } from "../../lib/clicks/raw-click";
import { uid } from "./actors";

export const CHROME_ANDROID =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.58 Mobile Safari/537.36";

// A different documentation address per click, so the burst rule (per IP) stays out of tests
// that are not about it.
let address = 0;

/** A captured click as the redirect endpoint hands it to the pipeline: a phone's browser, a new session. */
export function rawClick(redirectId: string | null, over: Partial<RawClick> = {}): RawClick {
  return {
    at: new Date(),
    redirectId,
    sessionId: uid("s"),
    eventType: "redirect",
    properties: { campaign: "pipeline" },
    targetUrl: "https://example.com/p",
    source: "redirect",
    ip: `198.51.100.${address++ % 250}`,
    userAgent: CHROME_ANDROID,
    referer: null,
    acceptLanguage: "en",
    gpc: false,
    dnt: false,
    purpose: null,
    sessionIssue: null,
    ...over,
  };
}

/** Stores clicks through the thread's click buffer, as the endpoints do, and waits until they are written. */
export async function storeClicks(clicks: RawClick[]): Promise<void> {
  const buffer = getClickBuffer();
  for (const c of clicks) buffer.enqueue(c);
  expect(await buffer.drain(10_000)).toBe(true);
}
