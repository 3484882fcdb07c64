import { describe, it } from "vitest";
import { MAX_JSON_BODY_BYTES } from "@/lib/api/with-api-key";
import { expectLinearTime } from "@/lib/testing/expect-linear-time";
import { optOutCreateSchema, optOutListQuerySchema, sessionRefSchema } from "./schema";

const run = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe("opt-out and erasure schemas take time linear in the input, up to 1 MB", { timeout: 60_000 }, () => {
  it.each([
    ["a session ID of valid characters", run("a:")],
    ["a session ID of spaces", run(" ")],
  ])("%s", (_, sessionId) => {
    expectLinearTime({ maxSize: MAX_JSON_BODY_BYTES, input: (size) => ({ sessionId: sessionId(size) }), run: (body) => sessionRefSchema.safeParse(body) });
    expectLinearTime({ maxSize: MAX_JSON_BODY_BYTES, input: (size) => ({ sessionId: "s", note: run("\u0000\n")(size) }), run: (body) => optOutCreateSchema.safeParse(body) });
  });

  it("the list query's q, up to the 64 KB header cap", () => {
    expectLinearTime({ maxSize: 64 * 1024, input: (size) => ({ q: run("a ")(size) }), run: (query) => optOutListQuerySchema.parse(query) });
  });
});
