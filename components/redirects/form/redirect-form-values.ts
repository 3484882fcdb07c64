import type { PathErrors } from "@/components/form/path-errors";
import type { FormInput } from "@/components/form/use-schema-form";
import type { RedirectCreateInput, RedirectDto, RedirectStatus, RedirectStatusCode } from "@/lib/redirects/schema";
import { readableTargetUrl } from "@/lib/redirects/target-url";
import { initialProperties, parseProperties, type EventPropertiesValue } from "../event-properties-value";

/** The redirect form's values: the schema's fields, some in the shape their controls edit. */
export interface RedirectFormValues {
  id: string;
  name: string;
  description: string;
  status: RedirectStatus;
  targetUrl: string;
  /** Read from the select as a number (valueAsNumber). */
  statusCode: RedirectStatusCode;
  forwardQuery: boolean;
  eventType: string;
  /** Read from the number input as a number; an empty box is NaN, which the schema calls "must be a number". */
  trackingDays: number;
  /** Rows or raw JSON, as the editor shows them; redirectInput parses them into the schema's object. */
  eventProperties: EventPropertiesValue;
  tags: string[];
}

export function redirectFormValues(redirect?: RedirectDto): RedirectFormValues {
  return {
    id: redirect?.id ?? "",
    name: redirect?.name ?? "",
    description: redirect?.description ?? "",
    status: redirect?.status ?? "active",
    targetUrl: redirect ? readableTargetUrl(redirect.targetUrl) : "",
    statusCode: redirect?.statusCode ?? 302,
    forwardQuery: redirect?.forwardQuery ?? false,
    eventType: redirect?.eventType ?? "redirect",
    trackingDays: redirect?.trackingDays ?? 365,
    eventProperties: initialProperties(redirect?.eventProperties),
    tags: redirect?.tags ?? [],
  };
}

/**
 * The one place the form's shape becomes the schema's input. Event properties are parsed here
 * (their rows' own problems are reported per row, and the schema then checks an empty object in
 * their place); the ID is sent only when creating and only if typed, since an absent ID is
 * generated while an empty one would be refused.
 */
export function redirectInput(values: RedirectFormValues, editing: boolean): FormInput<RedirectCreateInput> {
  const { id, eventProperties, ...rest } = values;
  const parsed = parseProperties(eventProperties);
  const errors: PathErrors = {};
  if (parsed.error) errors.eventProperties = [parsed.error];
  for (const [index, message] of Object.entries(parsed.rowErrors ?? {})) errors[`eventProperties.rows.${index}`] = [message];
  const input: RedirectCreateInput = { ...rest, eventProperties: parsed.value ?? {} };
  if (!editing && id.trim()) input.id = id.trim();
  return { input, errors };
}
