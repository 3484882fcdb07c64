import { describe, it } from "vitest";
import { MAX_JSON_BODY_BYTES } from "../api/with-api-key";
import { MAX_HEADER_BYTES } from "../http/max-header-bytes";
import { expectLinearTime, LINEAR_TIME_SUITE, repeatTo } from "../testing/expect-linear-time";
import { optOutCreateSchema, optOutListQuerySchema, sessionRefSchema } from "./schema";

describe("opt-out and erasure schemas take time linear in the input, up to 1 MB", LINEAR_TIME_SUITE, () => {
  it.each([
    ["a session ID of valid characters", repeatTo("", "a:")],
    ["a session ID of spaces", repeatTo("", " ")],
  ])("%s", (_, sessionId) => {
    expectLinearTime({
      maxSize: MAX_JSON_BODY_BYTES,
      input: (size) => ({ sessionId: sessionId(size) }),
      run: (body) => sessionRefSchema.safeParse(body),
    });
    expectLinearTime({
      maxSize: MAX_JSON_BODY_BYTES,
      input: (size) => ({ sessionId: "s", note: repeatTo("", "\u0000\n")(size) }),
      run: (body) => optOutCreateSchema.safeParse(body),
    });
  });

  it("the list query's q, up to the 64 KB header cap", () => {
    expectLinearTime({
      maxSize: MAX_HEADER_BYTES,
      input: (size) => ({ q: repeatTo("", "a ")(size) }),
      run: (query) => optOutListQuerySchema.parse(query),
    });
  });
});
