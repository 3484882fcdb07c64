import { CheckboxField, Field, ListField } from "@/components/form/fields";
import type { WebhookFormValues } from "./webhook-form-values";

/** The shared fields, their names checked against the destination form's values. */
export const WebhookField = Field<WebhookFormValues>;
export const WebhookCheckboxField = CheckboxField<WebhookFormValues>;
export const WebhookListField = ListField<WebhookFormValues>;
