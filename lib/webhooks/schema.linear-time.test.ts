import { describe, it } from "vitest";
import { MAX_JSON_BODY_BYTES } from "../api/with-api-key";
import { expectFieldLinearTime, expectLinearTime, jsonArrayOf, LINEAR_TIME_SUITE, repeatTo } from "../testing/expect-linear-time";
import { MAX_WEBHOOK_URL_LENGTH, webhookCreateSchema, webhookUpdateSchema } from "./schema";

/** Each field's worst cases, as large as a 1 MB request body lets them be. */
const OVERSIZED: [string, (size: number) => unknown][] = [
  ["name", repeatTo("", "a\u0001")],
  ["url", repeatTo("https://e.com/", "\ud800")],
  ["url", repeatTo("https://", "a.")],
  ["eventTypes", (size) => [repeatTo("", "a.")(size)]],
  ["eventTypes", jsonArrayOf("redirect")],
  ["redirectIds", jsonArrayOf("!")],
  ["tags", jsonArrayOf("!")],
  ["format", repeatTo("", "json")],
  ["tracardiSourceId", repeatTo("", " a")],
];

const valid = { name: "n", url: "https://hooks.example/x" };
const bodies = { create: webhookCreateSchema, update: webhookUpdateSchema, valid, maxSize: MAX_JSON_BODY_BYTES };

describe("the webhook schema takes time linear in the body, up to 1 MB", LINEAR_TIME_SUITE, () => {
  it.each(OVERSIZED)("an over-long %s", (field, value) => {
    expectFieldLinearTime(bodies, field, value);
  });

  it("a URL at its longest", () => {
    expectLinearTime({
      maxSize: MAX_WEBHOOK_URL_LENGTH,
      input: (size) => ({ ...valid, url: repeatTo("https://hooks.example/", "a/")(size) }),
      run: (body) => webhookCreateSchema.parse(body),
    });
  });
});
