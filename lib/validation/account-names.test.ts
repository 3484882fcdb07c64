import { describe, expect, it } from "vitest";
import { apiKeyCreateSchema } from "../api-keys/schema";
import { retireSigningKeySchema } from "../signing/schema";
import { userCreateSchema } from "../users/schema";

const user = { email: "ana@example.com", password: "long-enough-1", role: "viewer" };

describe("names and numbers of accounts, keys and signing keys are bounded", () => {
  it("refuses control characters and unpaired surrogates in user and API key names", () => {
    for (const name of ["a\u0000b", "line\nbreak", "\ud800"]) {
      expect(userCreateSchema.safeParse({ ...user, name }).success).toBe(false);
      expect(apiKeyCreateSchema.safeParse({ name, role: "editor" }).success).toBe(false);
    }
    expect(userCreateSchema.parse({ ...user, name: "  Ana Łukasiewicz  " }).name).toBe("Ana Łukasiewicz");
    expect(apiKeyCreateSchema.parse({ name: "zapier 🚀", role: "editor" }).name).toBe("zapier 🚀");
    expect(apiKeyCreateSchema.safeParse({ name: "   ", role: "editor" }).success).toBe(false);
  });

  it("keeps signing key versions within PostgreSQL's integer", () => {
    expect(retireSigningKeySchema.safeParse({ version: "3000000000" }).success).toBe(false);
    expect(retireSigningKeySchema.parse({ version: "2147483647" }).version).toBe(2147483647);
  });
});
