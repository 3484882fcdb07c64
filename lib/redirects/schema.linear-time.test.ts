import { describe, it } from "vitest";
import { MAX_JSON_BODY_BYTES } from "@/lib/api/with-api-key";
import { expectLinearTime } from "@/lib/testing/expect-linear-time";
import { MAX_TARGET_LENGTH, redirectCreateSchema, redirectListQuerySchema, redirectUpdateSchema } from "./schema";

const run = (head: string, unit: string) => (size: number) =>
  head + unit.repeat(Math.ceil((size - head.length) / unit.length)).slice(0, Math.max(0, size - head.length));
const strings = (size: number, unit: string) => Array.from({ length: Math.max(1, Math.floor(size / (unit.length + 3))) }, () => unit);

/** Each field's worst cases, as large as a 1 MB request body lets them be. */
const OVERSIZED: [string, (size: number) => unknown][] = [
  ["id", run("", "a")],
  ["name", run("", "a\u0000")],
  ["description", run("", "\ud800")],
  ["targetUrl", run("https://e.com/", "a")],
  ["targetUrl", run("https://", "a.")],
  ["targetUrl", run("https://e.com/", "ж")],
  ["targetUrl", run("", "http")],
  ["eventType", run("", "a.")],
  ["eventProperties", (size) => ({ k: run("", "a")(size) })],
  ["eventProperties", (size) => ({ k: run("", "\u0000")(size) })],
  ["eventProperties", (size) => ({ k: strings(size, "a") })],
  ["tags", (size) => [run("", "a ")(size)]],
  ["tags", (size) => strings(size, "!")],
];

/** Each field at the longest value it accepts. */
const LONGEST: [string, (size: number) => unknown, number][] = [
  ["targetUrl", run("https://e.com/", "a/"), MAX_TARGET_LENGTH],
  ["targetUrl", run("https://e.com/?q=", "%20"), MAX_TARGET_LENGTH],
  ["name", run("", "a "), 200],
  ["description", run("", "a\n"), 2000],
  ["tags", (size) => Array.from({ length: 20 }, (_, i) => run(`${i}`, "a")(size)), 40],
];

const valid = { name: "n", targetUrl: "https://e.com/" };

describe("the redirect schema takes time linear in the body, up to 1 MB", { timeout: 60_000 }, () => {
  it.each(OVERSIZED)("an over-long %s", (field, value) => {
    expectLinearTime({ maxSize: MAX_JSON_BODY_BYTES, input: (size) => ({ ...valid, [field]: value(size) }), run: (body) => redirectCreateSchema.safeParse(body) });
    expectLinearTime({ maxSize: MAX_JSON_BODY_BYTES, input: (size) => ({ [field]: value(size) }), run: (body) => redirectUpdateSchema.safeParse(body) });
  });

  it.each(LONGEST)("%s at its longest", (field, value, max) => {
    expectLinearTime({ maxSize: max, input: (size) => ({ ...valid, [field]: value(size) }), run: (body) => redirectCreateSchema.parse(body) });
  });

  it.each(["q", "tag", "status", "sort", "order", "page", "pageSize"])("the list query's %s, up to the 64 KB header cap", (name) => {
    expectLinearTime({ maxSize: 64 * 1024, input: (size) => ({ [name]: run("", "9a ")(size) }), run: (query) => redirectListQuerySchema.parse(query) });
  });
});
