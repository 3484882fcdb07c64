import type { FormInput } from "@/components/form/use-schema-form";
import type { WebhookCreateInput, WebhookDto, WebhookFormat } from "@/lib/webhooks/schema";

/** The destination form's values: the schema's fields, the Tracardi source ID as the text its box holds. */
export interface WebhookFormValues {
  name: string;
  url: string;
  format: WebhookFormat;
  tracardiSourceId: string;
  eventTypes: string[];
  redirectIds: string[];
  tags: string[];
  enabled: boolean;
}

export function webhookFormValues(webhook?: WebhookDto): WebhookFormValues {
  return {
    name: webhook?.name ?? "",
    url: webhook?.url ?? "",
    format: webhook?.format ?? "json",
    tracardiSourceId: webhook?.tracardiSourceId ?? "",
    eventTypes: webhook?.eventTypes ?? [],
    redirectIds: webhook?.redirectIds ?? [],
    tags: webhook?.tags ?? [],
    enabled: webhook?.enabled ?? true,
  };
}

/**
 * The one place the form's shape becomes the schema's input: the source ID is null ("none")
 * unless the format is tracardi, and the box keeps its text while another format is chosen.
 */
export function webhookInput({ tracardiSourceId, ...values }: WebhookFormValues): FormInput<WebhookCreateInput> {
  return {
    input: { ...values, tracardiSourceId: values.format === "tracardi" && tracardiSourceId.trim() ? tracardiSourceId : null },
  };
}
