import { describe, expect, it } from "vitest";
import { changeBetween } from "./change";

describe("changeBetween", () => {
  it("gives the rise or fall as a percentage of the previous period", () => {
    expect(changeBetween(150, 100)).toEqual({ kind: "up", percent: 50 });
    expect(changeBetween(25, 100)).toEqual({ kind: "down", percent: 75 });
    expect(changeBetween(0, 40)).toEqual({ kind: "down", percent: 100 });
  });

  it("says new rather than an infinite rise when the previous period had nothing", () => {
    expect(changeBetween(3, 0)).toEqual({ kind: "new" });
    expect(changeBetween(0, 0)).toEqual({ kind: "none" });
    expect(changeBetween(7, 7)).toEqual({ kind: "same" });
  });
});
