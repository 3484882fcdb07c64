import { CheckboxField, Field, ListField } from "@/components/form/fields";
import type { RedirectFormValues } from "./redirect-form-values";

/** The shared fields, their names checked against the redirect form's values. */
export const RedirectField = Field<RedirectFormValues>;
export const RedirectCheckboxField = CheckboxField<RedirectFormValues>;
export const RedirectListField = ListField<RedirectFormValues>;
