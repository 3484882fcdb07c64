import { tagSchema } from "../redirects/schema";
import { MAX_LINK_TAGS } from "./types";

/**
 * Tags from a `data-track-tags="k:v;k2:v2"` attribute added to the message's tags. Tags that
 * would not be valid on a redirect are dropped rather than failing the whole email.
 */
export function mergeLinkTags(base: readonly string[], attribute: string | null): string[] {
  const tags = new Set(base);
  if (attribute !== null) {
    for (const part of attribute.split(";")) {
      const parsed = tagSchema.safeParse(part);
      if (parsed.success) tags.add(parsed.data);
    }
  }
  return [...tags].slice(0, MAX_LINK_TAGS);
}
