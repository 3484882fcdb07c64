"use client";

import { ListInput } from "@/components/ui/list-input";
import { tagSchema } from "@/lib/redirects/schema";

interface TagInputProps {
  id: string;
  tags: string[];
  onTagsChange: (tags: string[]) => void;
  /** The text not yet turned into a tag; lifted so a submit can include it. */
  draft: string;
  onDraftChange: (draft: string) => void;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

const isTag = (tag: string) => tagSchema.safeParse(tag).success;

/** Chips plus a text box for tags: Enter or comma adds one, Backspace in an empty box removes the last. */
export function TagInput({ tags, onTagsChange, ...rest }: TagInputProps) {
  return (
    <ListInput
      {...rest}
      items={tags}
      onItemsChange={onTagsChange}
      itemName="tag"
      isValid={isTag}
      placeholder="newsletter, spring-sale…"
    />
  );
}
