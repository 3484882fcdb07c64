import { describe, it } from "vitest";
import { MAX_JSON_BODY_BYTES } from "../api/with-api-key";
import { MAX_HEADER_BYTES } from "../http/max-header-bytes";
import { expectFieldLinearTime, expectLinearTime, jsonArrayOf, LINEAR_TIME_SUITE, repeatTo } from "../testing/expect-linear-time";
import { MAX_TARGET_LENGTH, redirectCreateSchema, redirectListQuerySchema, redirectUpdateSchema } from "./schema";

/** Each field's worst cases, as large as a 1 MB request body lets them be. */
const OVERSIZED: [string, (size: number) => unknown][] = [
  ["id", repeatTo("", "a")],
  ["name", repeatTo("", "a\u0000")],
  ["description", repeatTo("", "\ud800")],
  ["targetUrl", repeatTo("https://e.com/", "a")],
  ["targetUrl", repeatTo("https://", "a.")],
  ["targetUrl", repeatTo("https://e.com/", "ж")],
  ["targetUrl", repeatTo("", "http")],
  ["eventType", repeatTo("", "a.")],
  ["eventProperties", (size) => ({ k: repeatTo("", "a")(size) })],
  ["eventProperties", (size) => ({ k: repeatTo("", "\u0000")(size) })],
  ["eventProperties", (size) => ({ k: jsonArrayOf("a")(size) })],
  ["tags", (size) => [repeatTo("", "a ")(size)]],
  ["tags", jsonArrayOf("!")],
];

/** Each field at the longest value it accepts. */
const LONGEST: [string, (size: number) => unknown, number][] = [
  ["targetUrl", repeatTo("https://e.com/", "a/"), MAX_TARGET_LENGTH],
  ["targetUrl", repeatTo("https://e.com/?q=", "%20"), MAX_TARGET_LENGTH],
  ["name", repeatTo("", "a "), 200],
  ["description", repeatTo("", "a\n"), 2000],
  ["tags", (size) => Array.from({ length: 20 }, (_, i) => repeatTo(`${i}`, "a")(size)), 40],
];

const valid = { name: "n", targetUrl: "https://e.com/" };
const bodies = { create: redirectCreateSchema, update: redirectUpdateSchema, valid, maxSize: MAX_JSON_BODY_BYTES };

describe("the redirect schema takes time linear in the body, up to 1 MB", LINEAR_TIME_SUITE, () => {
  it.each(OVERSIZED)("an over-long %s", (field, value) => {
    expectFieldLinearTime(bodies, field, value);
  });

  it.each(LONGEST)("%s at its longest", (field, value, max) => {
    expectLinearTime({
      maxSize: max,
      input: (size) => ({ ...valid, [field]: value(size) }),
      run: (body) => redirectCreateSchema.parse(body),
    });
  });

  it.each(["q", "tag", "status", "sort", "order", "page", "pageSize"])(
    "the list query's %s, up to the 64 KB header cap",
    (name) => {
      expectLinearTime({
        maxSize: MAX_HEADER_BYTES,
        input: (size) => ({ [name]: repeatTo("", "9a ")(size) }),
        run: (query) => redirectListQuerySchema.parse(query),
      });
    },
  );
});
