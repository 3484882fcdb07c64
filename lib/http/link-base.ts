/**
 * The origin signed links are built on, without trailing slashes. A loop, not `/\/+$/`: that
 * regex restarts at every slash of a run and rescans it, quadratic on a Host header of slashes.
 */
export function linkBase(origin: string): string {
  let end = origin.length;
  while (end > 0 && origin.charCodeAt(end - 1) === 0x2f) end--;
  return origin.slice(0, end);
}
