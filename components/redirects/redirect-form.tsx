"use client";

import { useRouter } from "next/navigation";
import { FormAlert, SchemaForm, SubmitButton } from "@/components/form/schema-form";
import { useSchemaForm } from "@/components/form/use-schema-form";
import { ButtonLink } from "@/components/ui/button-link";
import { createRedirectAction, updateRedirectAction } from "@/lib/actions/redirects";
import { redirectCreateSchema, redirectUpdateSchema, type RedirectDto } from "@/lib/redirects/schema";
import { BasicsCard } from "./form/basics-card";
import { DestinationCard } from "./form/destination-card";
import { redirectFormValues, redirectInput } from "./form/redirect-form-values";
import { TrackingCard } from "./form/tracking-card";

interface RedirectFormProps {
  /** The redirect being edited; absent when creating one. */
  redirect?: RedirectDto;
}

/** Create or edit a redirect: one card per concern, each reading and writing the same form. */
export function RedirectForm({ redirect }: RedirectFormProps) {
  const editing = Boolean(redirect);
  const router = useRouter();
  const form = useSchemaForm({
    schema: redirect ? redirectUpdateSchema : redirectCreateSchema,
    defaultValues: () => redirectFormValues(redirect),
    toInput: (values) => redirectInput(values, editing),
    send: async (input) => {
      const response = redirect ? await updateRedirectAction(redirect.id, input) : await createRedirectAction(input);
      if (response.ok) router.push(`/redirects/${encodeURIComponent(response.data.id)}`);
      return response;
    },
  });

  return (
    <SchemaForm form={form} idPrefix="rf" className="flex flex-col gap-6">
      <FormAlert />
      <BasicsCard editing={editing} />
      <DestinationCard />
      <TrackingCard />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <ButtonLink href={redirect ? `/redirects/${encodeURIComponent(redirect.id)}` : "/redirects"} variant="ghost">
          Cancel
        </ButtonLink>
        <SubmitButton pending={form.pending}>{editing ? "Save changes" : "Create redirect"}</SubmitButton>
      </div>
    </SchemaForm>
  );
}
