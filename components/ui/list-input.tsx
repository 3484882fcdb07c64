"use client";

import { X } from "lucide-react";
import { useRef, type ClipboardEvent, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";

interface ListInputProps {
  id: string;
  items: string[];
  onItemsChange: (items: string[]) => void;
  /** The text not yet turned into an item; lifted so a submit can include it. */
  draft: string;
  onDraftChange: (draft: string) => void;
  /** Names one item in its remove button, e.g. "event type" → "Remove event type email.opened". */
  itemName: string;
  /** Marks items the schema would refuse, before the form is sent. */
  isValid: (item: string) => boolean;
  placeholder: string;
  /** Items are identifiers (event types, IDs): monospace, no spell check. */
  code?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

/** Chips plus a text box: Enter or comma adds an item, Backspace in an empty box removes the last. */
export function ListInput({
  id,
  items,
  onItemsChange,
  draft,
  onDraftChange,
  itemName,
  isValid,
  placeholder,
  code = false,
  ...aria
}: ListInputProps) {
  const inputRef = useRef<HTMLInputElement>(null);

  function add(text: string) {
    const fresh = text
      .split(",")
      .map((t) => t.trim())
      .filter((t) => t && !items.includes(t));
    if (fresh.length) onItemsChange([...items, ...new Set(fresh)]);
    onDraftChange("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // With an empty box, Enter falls through and submits the form like any other field.
    if ((event.key === "Enter" && draft.trim()) || event.key === ",") {
      event.preventDefault();
      add(draft);
    } else if (event.key === "Backspace" && draft === "" && items.length) {
      event.preventDefault();
      onItemsChange(items.slice(0, -1));
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
      {items.map((item) => (
        <span
          key={item}
          className={cn(
            "inline-flex h-6 max-w-full items-center gap-1 rounded-full pr-1 pl-2.5 text-xs font-medium",
            code && "font-mono",
            isValid(item) ? "bg-accent-soft text-accent-soft-foreground" : "bg-danger-soft text-danger",
          )}
        >
          <span className="truncate">{item}</span>
          <button
            type="button"
            onClick={(e) => {
              e.stopPropagation();
              onItemsChange(items.filter((t) => t !== item));
            }}
            aria-label={`Remove ${itemName} ${item}`}
            className="rounded-full p-0.5 opacity-70 hover:bg-black/10 hover:opacity-100 dark:hover:bg-white/10"
          >
            <X aria-hidden className="size-3" />
          </button>
        </span>
      ))}
      <input
        ref={inputRef}
        id={id}
        value={draft}
        onChange={(e) => onDraftChange(e.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={() => draft.trim() && add(draft)}
        placeholder={items.length ? "" : placeholder}
        autoComplete="off"
        spellCheck={code ? false : undefined}
        enterKeyHint="enter"
        className="h-7 min-w-24 flex-1 bg-transparent px-1 text-sm outline-none placeholder:text-subtle"
        {...aria}
      />
    </div>
  );
}
