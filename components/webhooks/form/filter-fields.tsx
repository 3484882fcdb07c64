"use client";

import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EVENT_TYPE_PATTERN, redirectIdSchema, tagSchema } from "@/lib/redirects/schema";
import { DEFAULT_CLICK_EVENT_TYPES, EMAIL_OPENED, REDIRECT_CLICKED } from "@/lib/webhooks/event-type";
import { WebhookListField } from "./webhook-fields";

const SUGGESTED_EVENT_TYPES = [REDIRECT_CLICKED, EMAIL_OPENED];

const isEventType = (t: string) => EVENT_TYPE_PATTERN.test(t) && !DEFAULT_CLICK_EVENT_TYPES.includes(t);
const isRedirectId = (t: string) => redirectIdSchema.safeParse(t).success;
const isTag = (t: string) => tagSchema.safeParse(t).success;

/** The event type, redirect and tag filters: empty ones match everything. */
export function FilterFields() {
  return (
    <>
      <WebhookListField
        name="eventTypes"
        label="Event types"
        optional
        hint="Leave empty for every event. Plain clicks are redirect.clicked, pixel loads email.opened; a redirect's custom event type is sent as it is."
        className="sm:col-span-2"
        code
        itemName="event type"
        isValid={isEventType}
        placeholder="redirect.clicked, signup…"
        extra={(items, setItems) => <EventTypeSuggestions items={items} setItems={setItems} />}
      />
      <WebhookListField
        name="redirectIds"
        label="Redirect IDs"
        optional
        hint="Leave empty for every redirect."
        code
        itemName="redirect"
        isValid={isRedirectId}
        placeholder="spring-sale…"
      />
      <WebhookListField
        name="tags"
        label="Tags"
        optional
        hint="Leave empty for any tag."
        code
        itemName="tag"
        isValid={isTag}
        placeholder="newsletter…"
      />
    </>
  );
}

function EventTypeSuggestions({ items, setItems }: { items: string[]; setItems: (items: string[]) => void }) {
  const missing = SUGGESTED_EVENT_TYPES.filter((t) => !items.includes(t));
  if (!missing.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-[13px] text-muted">
      <span>Suggestions:</span>
      {missing.map((t) => (
        <Button key={t} size="sm" variant="ghost" onClick={() => setItems([...items, t])} aria-label={`Add event type ${t}`}>
          <Plus aria-hidden />
          <span className="font-mono text-xs">{t}</span>
        </Button>
      ))}
    </div>
  );
}
