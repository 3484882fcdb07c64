"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { TagInput } from "@/components/redirects/tag-input";
import { MAX_SESSION_ID_LENGTH } from "@/lib/sessions/session-id";

export type SessionMode = "none" | "id" | "template";

export interface RewriteOptionsState {
  sessionMode: SessionMode;
  sessionId: string;
  sessionTemplate: string;
  campaign: string;
  tags: string[];
  tagDraft: string;
  trackOpens: boolean;
  prependHttpToWww: boolean;
}

export const DEFAULT_SESSION_TEMPLATE = "{{session@id}}";

const SESSION_MODES: { mode: SessionMode; label: string; explanation: string }[] = [
  {
    mode: "template",
    label: "Per recipient",
    explanation: "A template your email tool fills in for each recipient.",
  },
  { mode: "id", label: "Fixed session ID", explanation: "Every click of this email counts for one session." },
  { mode: "none", label: "None", explanation: "Clicks are counted without a session." },
];

interface RewriteOptionsFieldsProps {
  value: RewriteOptionsState;
  onChange: (patch: Partial<RewriteOptionsState>) => void;
  errors: Record<string, string[]>;
}

/** The rewriter's options; the server validates them again with rewriteOptionsSchema. */
export function RewriteOptionsFields({ value, onChange, errors }: RewriteOptionsFieldsProps) {
  return (
    <div className="flex flex-col gap-5">
      <fieldset>
        <legend className="mb-2 text-[13px] font-medium text-foreground">Session</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {SESSION_MODES.map(({ mode, label, explanation }) => (
            <label
              key={mode}
              className={cn(
                "flex cursor-pointer gap-2.5 rounded-control border px-3 py-2.5 transition-colors",
                value.sessionMode === mode
                  ? "border-accent bg-accent-soft/60"
                  : "border-border hover:border-border-strong hover:bg-surface-muted/60",
              )}
            >
              <input
                type="radio"
                name="sessionMode"
                value={mode}
                checked={value.sessionMode === mode}
                onChange={() => onChange({ sessionMode: mode })}
                className="mt-0.5 size-4 shrink-0 cursor-pointer accent-accent"
              />
              <span className="flex flex-col gap-0.5">
                <span className="text-sm font-medium text-foreground">{label}</span>
                <span className="text-[13px] leading-snug text-muted">{explanation}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {value.sessionMode === "template" && (
        <FormField
          id="email-sessionTemplate"
          label="Session template"
          errors={errors.sessionTemplate}
          hint="Kept as it is at the end of every link, e.g. /l/…/{{session@id}}. Use your email tool's syntax."
        >
          {(aria) => (
            <Input
              {...aria}
              value={value.sessionTemplate}
              onChange={(e) => onChange({ sessionTemplate: e.target.value })}
              spellCheck={false}
              className="font-mono"
            />
          )}
        </FormField>
      )}
      {value.sessionMode === "id" && (
        <FormField
          id="email-sessionId"
          label="Session ID"
          errors={errors.sessionId}
          hint={`Signed into every link: 1–${MAX_SESSION_ID_LENGTH} letters, digits or . _ : -`}
        >
          {(aria) => (
            <Input
              {...aria}
              value={value.sessionId}
              onChange={(e) => onChange({ sessionId: e.target.value })}
              spellCheck={false}
              autoComplete="off"
              className="font-mono"
            />
          )}
        </FormField>
      )}

      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="email-campaign" label="Campaign" optional errors={errors.campaign} hint="Stored with every click.">
          {(aria) => (
            <Input
              {...aria}
              value={value.campaign}
              onChange={(e) => onChange({ campaign: e.target.value })}
              placeholder="spring-sale"
            />
          )}
        </FormField>
        <FormField
          id="email-tags"
          label="Tags"
          optional
          errors={errors.tags}
          hint="Added to every link, with each link's own data-track-tags."
        >
          {(aria) => (
            <TagInput
              {...aria}
              tags={value.tags}
              onTagsChange={(tags) => onChange({ tags })}
              draft={value.tagDraft}
              onDraftChange={(tagDraft) => onChange({ tagDraft })}
            />
          )}
        </FormField>
      </div>

      <div className="flex flex-col gap-3">
        <label className="flex cursor-pointer items-start gap-2.5">
          <Checkbox checked={value.trackOpens} onChange={(e) => onChange({ trackOpens: e.target.checked })} className="mt-0.5" />
          <span className="flex flex-col gap-0.5">
            <span className="text-sm font-medium text-foreground">Track opens</span>
            <span className="text-[13px] text-muted">
              Adds an invisible 1×1 image before &lt;/body&gt;. Many mail apps block or prefetch images, so opens are an estimate.
            </span>
          </span>
        </label>
        <label className="flex cursor-pointer items-start gap-2.5">
          <Checkbox
            checked={value.prependHttpToWww}
            onChange={(e) => onChange({ prependHttpToWww: e.target.checked })}
            className="mt-0.5"
          />
          <span className="flex flex-col gap-0.5">
            <span className="text-sm font-medium text-foreground">Track www. links without http://</span>
            <span className="text-[13px] text-muted">
              Treats href=&quot;www.example.com&quot; as http://www.example.com instead of skipping it as a relative link.
            </span>
          </span>
        </label>
      </div>
    </div>
  );
}
