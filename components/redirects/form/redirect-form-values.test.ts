import { createFormControl } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { errorMessages } from "@/components/form/path-errors";
import { schemaResolver } from "@/components/form/use-schema-form";
import { redirectCreateSchema, type RedirectDto } from "@/lib/redirects/schema";
import { newRow } from "../event-properties-value";
import { redirectFormValues, redirectInput, type RedirectFormValues } from "./redirect-form-values";

const filled = (patch: Partial<RedirectFormValues> = {}): RedirectFormValues => ({
  ...redirectFormValues(),
  name: "Spring sale",
  targetUrl: "https://example.com/spring",
  ...patch,
});

describe("redirectInput", () => {
  it("parses property rows into the schema's object", () => {
    const values = filled({ eventProperties: { mode: "rows", rows: [newRow("campaign", "spring"), newRow()], raw: "" } });
    const { input, errors } = redirectInput(values, false);
    expect(input.eventProperties).toEqual({ campaign: "spring" });
    expect(errors).toEqual({});
  });

  it("reports rows without a key or with a repeated key by their index, and sends an empty object instead", () => {
    const rows = [newRow("a", "1"), newRow("", "orphan"), newRow("a", "2")];
    const { input, errors } = redirectInput(filled({ eventProperties: { mode: "rows", rows, raw: "" } }), false);
    expect(errors).toEqual({
      "eventProperties.rows.1": ["needs a key"],
      "eventProperties.rows.2": ['the key "a" is used twice'],
    });
    expect(input.eventProperties).toEqual({});
  });

  it("reports raw JSON that is no object on the whole field", () => {
    const { errors } = redirectInput(filled({ eventProperties: { mode: "raw", rows: [], raw: "[1]" } }), false);
    expect(errors).toEqual({ eventProperties: ['must be a JSON object, like {"campaign": "spring"}'] });
  });

  it("sends a typed ID when creating, none when it is empty or the redirect exists", () => {
    expect(redirectInput(filled({ id: " spring " }), false).input.id).toBe("spring");
    expect(redirectInput(filled({ id: "  " }), false).input).not.toHaveProperty("id");
    expect(redirectInput(filled({ id: "spring" }), true).input).not.toHaveProperty("id");
  });

  it("starts from a redirect as the form shows it: readable target, properties as rows", () => {
    const redirect = {
      id: "spring",
      name: "Spring",
      targetUrl: "https://example.com/%C3%BCber",
      eventProperties: { campaign: "spring" },
    } as Partial<RedirectDto> as RedirectDto;
    const values = redirectFormValues(redirect);
    expect(values.targetUrl).toBe("https://example.com/über");
    expect(values.eventProperties.mode).toBe("rows");
    expect(values.eventProperties.rows.map(({ key, value }) => [key, value])).toEqual([["campaign", "spring"]]);
  });
});

describe("the redirect form checked by the server's schema", () => {
  it("shows the schema's messages on the form's fields, a tag's message naming nothing but its index", async () => {
    const form = createFormControl<RedirectFormValues, unknown, unknown>({
      defaultValues: filled({ targetUrl: "javascript:alert(1)", trackingDays: Number.NaN, tags: ["ok", "no!"] }),
      resolver: schemaResolver(redirectCreateSchema, (values: RedirectFormValues) => redirectInput(values, false)),
    });
    await form.handleSubmit(() => {})();
    const messages = (name: keyof RedirectFormValues) => errorMessages(form.getFieldState(name).error);
    expect(messages("targetUrl")).toEqual(["must be an absolute http:// or https:// URL"]);
    expect(messages("trackingDays")).toEqual(["must be a number"]);
    expect(messages("tags")).toEqual(["1: tags may use letters, digits, spaces and - _ . : /"]);
  });
});
