import { describe, expect, it } from "vitest";
import { getConfig, parseConfig } from "../config";
import { hasThreadParts, installThreadParts, threadPart, threadParts } from "./thread-parts";

describe("thread parts", () => {
  it("are what the entry point installed, read through each concern's accessor", () => {
    const config = parseConfig({ PORT: "4321" });
    installThreadParts({ config });
    expect(hasThreadParts()).toBe(true);
    expect(getConfig()).toBe(config);
    expect(threadPart("config").PORT).toBe(4321);
  });

  it("name the part an entry point did not build", () => {
    installThreadParts({});
    expect(() => threadPart("db")).toThrow("This thread has no db");
  });

  it("run a builder installed in their place once, on first use", () => {
    let builds = 0;
    installThreadParts(() => (builds++, { config: parseConfig({}) }));
    expect(builds).toBe(0);
    const first = threadParts();
    expect(threadParts()).toBe(first);
    expect(getConfig()).toBe(first.config);
    expect(builds).toBe(1);
  });
});
