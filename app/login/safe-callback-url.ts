/**
 * Where to go after signing in: only a same-origin path ("/redirects?page=2"). Anything that
 * could leave the site (absolute URLs, "//host", "/\host", control characters) falls back to "/".
 */
export function safeCallbackUrl(value: string | string[] | null | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return "/";
  try {
    const base = "http://clicktrail.invalid";
    const url = new URL(raw, base);
    if (url.origin !== base) return "/";
    if (url.pathname === "/login") return "/";
    return url.pathname + url.search + url.hash;
  } catch {
    return "/";
  }
}
