/**
 * True when the path of a request line (before "?") holds a percent-escape that does not decode
 * (`%ZZ`, a cut or invalid UTF-8 sequence such as `%FF`). Next.js decodes dynamic route segments
 * itself and answers such a path with a 500; server.ts answers it with a 400 instead.
 */
export function hasMalformedEscapes(url: string): boolean {
  const query = url.indexOf("?");
  const path = query === -1 ? url : url.slice(0, query);
  if (!path.includes("%")) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
