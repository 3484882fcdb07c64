"use client";

import { useEffect } from "react";
import { isEmailPage } from "@/lib/http/security-headers";

/**
 * A document keeps the Content-Security-Policy it was loaded with, and the preview frame
 * inherits it. Reached by client-side navigation, the email page would run under the policy
 * of the page first loaded, which refuses what the preview may load when asked
 * (lib/http/security-headers.ts). The nav links load a new document to and from this page;
 * for any other way in, the page reloads once on arrival, before anything is pasted.
 */
export function useEmailPagePolicy(): void {
  useEffect(() => {
    const [entry] = performance.getEntriesByType("navigation");
    if (entry && !isEmailPage(new URL(entry.name).pathname)) window.location.reload();
  }, []);
}
