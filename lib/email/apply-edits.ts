import type { Edit } from "./types";

/** Splices sorted, non-overlapping edits into the source; every other byte is copied as is. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return source;
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    parts.push(source.slice(at, edit.start), edit.replacement);
    at = edit.end;
  }
  parts.push(source.slice(at));
  return parts.join("");
}
