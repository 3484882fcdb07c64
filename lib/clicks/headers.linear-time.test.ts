import { describe, it } from "vitest";
import { expectLinearTime } from "@/lib/testing/expect-linear-time";
import { refererHost } from "./hourly-deltas";
import { parseUserAgent, USER_AGENT_MAX_LENGTH } from "./user-agent";

/** server.ts's maxHeaderSize: no header value is longer. */
const HEADER_CAP = 64 * 1024;
const run = (head: string, unit: string) => (size: number) =>
  head + unit.repeat(Math.ceil((size - head.length) / unit.length)).slice(0, Math.max(0, size - head.length));

describe("the click worker's header parsing takes time linear in the header", { timeout: 60_000 }, () => {
  it.each([
    ["a scheme that never ends", run("", "a")],
    ["no host after the scheme", run("a://", "/")],
    ["a user part without @", run("https://", "user:")],
    ["a run of @", run("https://", "@")],
    ["a host of dots and colons", run("https://", ".:")],
  ])("refererHost: %s", (_, referer) => {
    expectLinearTime({ maxSize: HEADER_CAP, input: referer, run: refererHost });
  });

  // Cut to USER_AGENT_MAX_LENGTH and cached per value: each call gets a new one.
  it.each([
    ["spaces", run("", " ")],
    ["an endless product list", run("", "Mozilla/5.0 ")],
    ["an endless comment", run("Mozilla/5.0 (", "a; ")],
    ["nested parentheses", run("", "(")],
    ["version-like digits", run("Chrome/", "1.")],
    ["Android builds", run("Mozilla/5.0 (Linux; Android 10; ", "SM-G ")],
  ])("parseUserAgent: %s", (_, ua) => {
    for (const maxSize of [USER_AGENT_MAX_LENGTH, HEADER_CAP]) {
      expectLinearTime({ maxSize, distinct: true, input: (size, variant) => `${variant} ${ua(size)}`, run: parseUserAgent });
    }
  });
});
