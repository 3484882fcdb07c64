import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { assertCan, can, type Actor } from "./roles";

const actor = (role: Actor["role"]): Actor => ({ kind: "user", id: "u", userId: "u", label: "u", role });

describe("roles", () => {
  it("lets viewers read but not write", () => {
    expect(can("viewer", "redirects:read")).toBe(true);
    expect(can("viewer", "redirects:write")).toBe(false);
    expect(() => assertCan(actor("viewer"), "redirects:write")).toThrow(AppError);
  });
  it("lets editors write redirects but not manage users or keys", () => {
    expect(can("editor", "redirects:write")).toBe(true);
    expect(can("editor", "users:manage")).toBe(false);
    expect(can("editor", "api-keys:manage")).toBe(false);
  });
  it("lets admins do everything", () => {
    for (const p of ["redirects:write", "users:manage", "api-keys:manage", "clicks:read"] as const) {
      expect(can("admin", p)).toBe(true);
    }
  });
  it("refuses with a 403 error", () => {
    try {
      assertCan(actor("viewer"), "users:manage");
    } catch (err) {
      expect((err as AppError).status).toBe(403);
    }
    expect.assertions(1);
  });
});
