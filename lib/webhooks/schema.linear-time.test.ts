import { describe, it } from "vitest";
import { MAX_JSON_BODY_BYTES } from "../api/with-api-key";
import { expectLinearTime, repeatTo } from "../testing/expect-linear-time";
import { MAX_WEBHOOK_URL_LENGTH, webhookCreateSchema, webhookUpdateSchema } from "./schema";

const strings = (size: number, unit: string) =>
  Array.from({ length: Math.max(1, Math.floor(size / (unit.length + 3))) }, () => unit);

/** Each field's worst cases, as large as a 1 MB request body lets them be. */
const OVERSIZED: [string, (size: number) => unknown][] = [
  ["name", repeatTo("", "a\u0001")],
  ["url", repeatTo("https://e.com/", "\ud800")],
  ["url", repeatTo("https://", "a.")],
  ["eventTypes", (size) => [repeatTo("", "a.")(size)]],
  ["eventTypes", (size) => strings(size, "redirect")],
  ["redirectIds", (size) => strings(size, "!")],
  ["tags", (size) => strings(size, "!")],
  ["format", repeatTo("", "json")],
  ["tracardiSourceId", repeatTo("", " a")],
];

const valid = { name: "n", url: "https://hooks.example/x" };

describe("the webhook schema takes time linear in the body, up to 1 MB", { timeout: 60_000 }, () => {
  it.each(OVERSIZED)("an over-long %s", (field, value) => {
    expectLinearTime({
      maxSize: MAX_JSON_BODY_BYTES,
      input: (size) => ({ ...valid, [field]: value(size) }),
      run: (body) => webhookCreateSchema.safeParse(body),
    });
    expectLinearTime({
      maxSize: MAX_JSON_BODY_BYTES,
      input: (size) => ({ [field]: value(size) }),
      run: (body) => webhookUpdateSchema.safeParse(body),
    });
  });

  it("a URL at its longest", () => {
    expectLinearTime({
      maxSize: MAX_WEBHOOK_URL_LENGTH,
      input: (size) => ({ ...valid, url: repeatTo("https://hooks.example/", "a/")(size) }),
      run: (body) => webhookCreateSchema.parse(body),
    });
  });
});
