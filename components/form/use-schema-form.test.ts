import { createFormControl, type FieldErrors } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errorMessages } from "./path-errors";
import { schemaResolver, type FormInput } from "./use-schema-form";

const schema = z.strictObject({
  name: z.string().trim().min(1, { error: "is required" }),
  size: z.number({ error: "must be a number" }),
  tags: z.array(z.string().regex(/^[a-z]+$/, { error: "lower-case letters only" })).max(2, { error: "at most 2 tags" }),
});

interface Values {
  name: string;
  size: string;
  tags: string[];
}

/** The form keeps the size as typed text; a text that is no number is the form's own problem. */
function toInput({ size, ...values }: Values): FormInput<z.input<typeof schema>> {
  const number = Number(size);
  if (size.trim() && Number.isNaN(number)) return { input: { ...values, size: 0 }, errors: { size: ["is not a number"] } };
  return { input: { ...values, size: size.trim() ? number : Number.NaN } };
}

async function submit(values: Values, convert = toInput) {
  const form = createFormControl<Values, unknown, z.input<typeof schema>>({
    defaultValues: values,
    resolver: schemaResolver(schema, convert),
  });
  let sent: unknown;
  let refused: FieldErrors<Values> = {};
  await form.handleSubmit(
    (input) => {
      sent = input;
    },
    (errors) => {
      refused = errors;
    },
  )();
  const messages = (name: keyof Values) => errorMessages(form.getFieldState(name).error);
  return { sent, refused, messages };
}

describe("schemaResolver", () => {
  it("puts the schema's messages on the fields, a list's items included, and sends nothing", async () => {
    const { sent, messages } = await submit({ name: " ", size: "", tags: ["ok", "Bad"] });
    expect(sent).toBeUndefined();
    expect(messages("name")).toEqual(["is required"]);
    expect(messages("size")).toEqual(["must be a number"]);
    expect(messages("tags")).toEqual(["1: lower-case letters only"]);
  });

  it("adds the problems of the form's own shape to the schema's", async () => {
    const { messages } = await submit({ name: "", size: "ten", tags: [] });
    expect(messages("size")).toEqual(["is not a number"]);
    expect(messages("name")).toEqual(["is required"]);
  });

  it("refuses an issue that belongs to no field with a message for the form's alert, not silently", async () => {
    const { sent, refused } = await submit({ name: "Ada", size: "3", tags: [] }, (values) => ({
      input: { ...toInput(values).input, colour: "red" },
    }));
    expect(sent).toBeUndefined();
    expect(refused.root?.unplaced?.message).toMatch(/colour/);
  });

  it("hands the converted input, not the parsed output, to the submit handler", async () => {
    const { sent } = await submit({ name: " Ada ", size: "3", tags: ["a"] });
    // Untrimmed: the server parses what the user entered.
    expect(sent).toEqual({ name: " Ada ", size: 3, tags: ["a"] });
  });
});
