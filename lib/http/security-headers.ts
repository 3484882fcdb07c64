/**
 * The headers Next's pages get at run time (proxy.ts); next.config.js sets the fixed ones.
 * The public endpoints (/redirect, /l, /o) are answered by server.ts with their own minimal
 * headers and never get these.
 */

/** Pages that show a pasted email in a preview frame: see contentSecurityPolicy. */
export const EMAIL_PAGE_PATH = "/email";
/** A year, the usual floor for HSTS; no includeSubDomains: the app does not know what else runs under its host. */
export const HSTS_VALUE = "max-age=31536000";

export function isEmailPage(pathname: string): boolean {
  return pathname === EMAIL_PAGE_PATH || pathname.startsWith(`${EMAIL_PAGE_PATH}/`);
}

/** True when PUBLIC_URL is https: HSTS is sent and session cookies are `Secure`. */
export function servesHttps(publicUrl: string | undefined): boolean {
  return publicUrl?.startsWith("https://") ?? false;
}

/** The Strict-Transport-Security value, or null when PUBLIC_URL is not https. */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return servesHttps(publicUrl) ? HSTS_VALUE : null;
}

/**
 * The Content-Security-Policy of one page. Scripts run only from this origin when a script
 * carrying the request's nonce loads them ('strict-dynamic'): Next puts the nonce on its own
 * scripts (docs: app/guides/content-security-policy), so an injected <script> never runs.
 *
 * Styles: <style> elements need the nonce too, but style attributes are allowed
 * (style-src-attr): React renders them for chart sizes and bars, and an attribute can neither
 * run script nor load anything that img-src and font-src refuse.
 *
 * The tracked-email page differs. Its preview is a srcdoc frame, which inherits this policy and
 * applies it besides its own (lib/email/inert-preview.ts): the email's own <style> elements and
 * attributes must pass, and with "Load remote images" on, its remote images, stylesheets and
 * fonts. So there styles are 'unsafe-inline' (a nonce would switch that off) and remote
 * images, styles and fonts are allowed; the preview's own policy refuses them unless the user
 * turned the toggle on. Scripts stay nonce-only there too.
 */
export function contentSecurityPolicy({ nonce, pathname, dev }: { nonce: string; pathname: string; dev: boolean }): string {
  const remote = isEmailPage(pathname) ? " https: http:" : "";
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay and stack traces.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    isEmailPage(pathname) || dev ? `style-src 'self' 'unsafe-inline'${remote}` : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    `img-src 'self' data: blob:${remote}`,
    `font-src 'self' data:${remote}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}
