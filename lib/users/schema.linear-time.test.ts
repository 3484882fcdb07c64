import { describe, it } from "vitest";
import { MAX_JSON_BODY_BYTES } from "@/lib/api/with-api-key";
import { expectLinearTime } from "@/lib/testing/expect-linear-time";
import { credentialsSchema, userCreateSchema } from "./schema";

const run = (head: string, unit: string) => (size: number) =>
  head + unit.repeat(Math.ceil((size - head.length) / unit.length)).slice(0, Math.max(0, size - head.length));

describe("user and sign-in schemas take time linear in the input, up to 1 MB", { timeout: 60_000 }, () => {
  it.each([
    ["a local part of dotted words with no @", run("", "a.")],
    ["a domain of labels that never ends in a TLD", run("a@", "a.")],
    ["a domain that ends in a hyphen", run("a@", "a-")],
    ["a local part of quotes and plus signs", run("", "'+")],
  ])("an email address: %s", (_, email) => {
    expectLinearTime({ maxSize: MAX_JSON_BODY_BYTES, input: (size) => ({ email: email(size), password: "long-password", role: "viewer" }), run: (body) => userCreateSchema.safeParse(body) });
  });

  // Upper case: lower-casing text that already is costs next to nothing, and would hide the rest.
  it("sign-in credentials", () => {
    expectLinearTime({ maxSize: MAX_JSON_BODY_BYTES, input: (size) => ({ email: run(" ", "A@")(size / 2), password: run("", "p")(size / 2) }), run: (body) => credentialsSchema.safeParse(body) });
  });
});
