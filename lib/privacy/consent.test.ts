import { describe, expect, it } from "vitest";
import { consentHeaders, privacyReason } from "./consent";

describe("consentHeaders", () => {
  it("reads Sec-GPC: 1 and DNT: 1", () => {
    expect(consentHeaders({ "sec-gpc": "1" })).toEqual({ gpc: true, dnt: false });
    expect(consentHeaders({ dnt: "1" })).toEqual({ gpc: false, dnt: true });
    expect(consentHeaders({ "sec-gpc": " 1 ", dnt: "1" })).toEqual({ gpc: true, dnt: true });
    expect(consentHeaders({})).toEqual({ gpc: false, dnt: false });
  });

  it("takes any other value as no signal, without throwing", () => {
    const forged = ["yes", "0", "true", "", "1, 1", "11", "1;", "\u00001", "1".padEnd(16_384, "x"), " ".repeat(16_384)];
    for (const value of forged) {
      expect(consentHeaders({ "sec-gpc": value, dnt: value })).toEqual({ gpc: false, dnt: false });
    }
    expect(consentHeaders({ "sec-gpc": ["1"], dnt: ["1", "1"] })).toEqual({ gpc: false, dnt: false });
    expect(consentHeaders({ "sec-gpc": undefined })).toEqual({ gpc: false, dnt: false });
  });
});

describe("privacyReason", () => {
  const optedOut = (s: string) => s === "s-out";

  it("puts the opt-out list first, then GPC, then DNT", () => {
    expect(privacyReason({ gpc: true, dnt: true, sessionId: "s-out" }, optedOut)).toBe("opt-out");
    expect(privacyReason({ gpc: true, dnt: true, sessionId: "s-in" }, optedOut)).toBe("gpc");
    expect(privacyReason({ gpc: false, dnt: true, sessionId: null }, optedOut)).toBe("dnt");
    expect(privacyReason({ gpc: false, dnt: false, sessionId: "s-out" }, optedOut)).toBe("opt-out");
  });

  it("is null without a signal, and never asks about a missing session", () => {
    const asked: string[] = [];
    const lookup = (s: string) => (asked.push(s), false);
    expect(privacyReason({ gpc: false, dnt: false, sessionId: null }, lookup)).toBeNull();
    expect(privacyReason({ gpc: false, dnt: false, sessionId: "s-in" }, lookup)).toBeNull();
    expect(asked).toEqual(["s-in"]);
  });
});
