"use client";

import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { tagSchema } from "@/lib/redirects/schema";
import { EventPropertiesField } from "./event-properties-field";
import { RedirectField, RedirectListField } from "./redirect-fields";

const isTag = (tag: string) => tagSchema.safeParse(tag).success;

/** Event type, tracking window, event properties and tags: what each click records and for how long. */
export function TrackingCard() {
  return (
    <Card>
      <CardHeader title="Tracking" description="What each click records and for how long." />
      <CardBody className="grid gap-5 sm:grid-cols-2">
        <RedirectField name="eventType" label="Event type" hint="Sent as the type of every click event.">
          {(control) => <Input {...control} autoComplete="off" spellCheck={false} className="font-mono text-[13px]" />}
        </RedirectField>
        <RedirectField
          name="trackingDays"
          label="Tracking days"
          hint="Clicks are recorded for this many days after creation; the link keeps redirecting afterwards."
          options={{ valueAsNumber: true }}
        >
          {(control) => <Input {...control} type="number" inputMode="numeric" min={0} max={3650} step={1} />}
        </RedirectField>
        <EventPropertiesField className="sm:col-span-2" />
        <RedirectListField
          name="tags"
          label="Tags"
          optional
          hint="Press Enter or comma to add a tag; Backspace removes the last one."
          className="sm:col-span-2"
          itemName="tag"
          isValid={isTag}
          placeholder="newsletter, spring-sale…"
        />
      </CardBody>
    </Card>
  );
}
