"use client";

import { X } from "lucide-react";
import { useRef, type ClipboardEvent, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
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

/** Chips plus a text box: Enter or comma adds a tag, Backspace in an empty box removes the last. */
export function TagInput({ id, tags, onTagsChange, draft, onDraftChange, ...aria }: TagInputProps) {
  const inputRef = useRef<HTMLInputElement>(null);

  function add(text: string) {
    const fresh = text
      .split(",")
      .map((t) => t.trim())
      .filter((t) => t && !tags.includes(t));
    if (fresh.length) onTagsChange([...tags, ...new Set(fresh)]);
    onDraftChange("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // With an empty box, Enter falls through and submits the form like any other field.
    if ((event.key === "Enter" && draft.trim()) || event.key === ",") {
      event.preventDefault();
      add(draft);
    } else if (event.key === "Backspace" && draft === "" && tags.length) {
      event.preventDefault();
      onTagsChange(tags.slice(0, -1));
    }
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const text = event.clipboardData.getData("text");
    if (!text.includes(",")) return;
    event.preventDefault();
    add(draft + text);
  }

  return (
    <div
      onClick={() => inputRef.current?.focus()}
      className={cn(
        "flex min-h-9 w-full cursor-text flex-wrap items-center gap-1.5 rounded-control border border-border bg-surface px-2 py-1 shadow-sm transition-colors hover:border-border-strong focus-within:border-ring focus-within:outline-2 focus-within:outline-ring/40",
        aria["aria-invalid"] && "border-danger",
      )}
    >
      {tags.map((tag) => {
        const valid = tagSchema.safeParse(tag).success;
        return (
          <span
            key={tag}
            className={cn(
              "inline-flex h-6 max-w-full items-center gap-1 rounded-full pr-1 pl-2.5 text-xs font-medium",
              valid ? "bg-accent-soft text-accent-soft-foreground" : "bg-danger-soft text-danger",
            )}
          >
            <span className="truncate">{tag}</span>
            <button
              type="button"
              onClick={(e) => {
                e.stopPropagation();
                onTagsChange(tags.filter((t) => t !== tag));
              }}
              aria-label={`Remove tag ${tag}`}
              className="rounded-full p-0.5 opacity-70 hover:bg-black/10 hover:opacity-100 dark:hover:bg-white/10"
            >
              <X aria-hidden className="size-3" />
            </button>
          </span>
        );
      })}
      <input
        ref={inputRef}
        id={id}
        value={draft}
        onChange={(e) => onDraftChange(e.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={() => draft.trim() && add(draft)}
        placeholder={tags.length ? "" : "newsletter, spring-sale…"}
        autoComplete="off"
        enterKeyHint="enter"
        className="h-7 min-w-24 flex-1 bg-transparent px-1 text-sm outline-none placeholder:text-subtle"
        {...aria}
      />
    </div>
  );
}
