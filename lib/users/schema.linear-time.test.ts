import { describe, it } from "vitest";
import { MAX_JSON_BODY_BYTES } from "../api/with-api-key";
import { expectLinearTime, LINEAR_TIME_SUITE, repeatTo } from "../testing/expect-linear-time";
import { credentialsSchema } from "../auth/credentials-schema";
import { userCreateSchema } from "./schema";

describe("user and sign-in schemas take time linear in the input, up to 1 MB", LINEAR_TIME_SUITE, () => {
  it.each([
    ["a local part of dotted words with no @", repeatTo("", "a.")],
    ["a domain of labels that never ends in a TLD", repeatTo("a@", "a.")],
    ["a domain that ends in a hyphen", repeatTo("a@", "a-")],
    ["a local part of quotes and plus signs", repeatTo("", "'+")],
  ])("an email address: %s", (_, email) => {
    expectLinearTime({
      maxSize: MAX_JSON_BODY_BYTES,
      input: (size) => ({ email: email(size), password: "long-password", role: "viewer" }),
      run: (body) => userCreateSchema.safeParse(body),
    });
  });

  // Upper case: lower-casing text that already is costs next to nothing, and would hide the rest.
  it("sign-in credentials", () => {
    expectLinearTime({
      maxSize: MAX_JSON_BODY_BYTES,
      input: (size) => ({ email: repeatTo(" ", "A@")(size / 2), password: repeatTo("", "p")(size / 2) }),
      run: (body) => credentialsSchema.safeParse(body),
    });
  });
});
