import { tagSchema } from "../redirects/schema";
import { MAX_LINK_TAGS } from "./types";

/**
 * Tags from a `data-track-tags="k:v;k2:v2"` attribute added to the message's tags. Tags that
 * would not be valid on a redirect are dropped rather than failing the whole email; entries
 * past the first MAX_LINK_TAGS are not read, as no more could be kept.
 */
export function mergeLinkTags(base: readonly string[], attribute: string | null): string[] {
  const tags = new Set(base);
  if (attribute !== null) {
    for (const part of attribute.split(";", MAX_LINK_TAGS)) {
      // The Standard Schema entry point: safeParse would build a ZodError (~6 µs) per bad entry.
      const parsed = tagSchema["~standard"].validate(part);
      if (!(parsed instanceof Promise) && !parsed.issues) tags.add(parsed.value);
    }
  }
  return [...tags].slice(0, MAX_LINK_TAGS);
}
