import { describe, it } from "vitest";
import { MAX_HEADER_BYTES } from "../http/max-header-bytes";
import { expectLinearTime, LINEAR_TIME_SUITE, repeatTo } from "../testing/expect-linear-time";
import { refererHost } from "./hourly-deltas";
import { parseUserAgent, USER_AGENT_MAX_LENGTH } from "../user-agent/user-agent";

describe("the click worker's header parsing takes time linear in the header", LINEAR_TIME_SUITE, () => {
  it.each([
    ["a scheme that never ends", repeatTo("", "a")],
    ["no host after the scheme", repeatTo("a://", "/")],
    ["a user part without @", repeatTo("https://", "user:")],
    ["a run of @", repeatTo("https://", "@")],
    ["a host of dots and colons", repeatTo("https://", ".:")],
  ])("refererHost: %s", (_, referer) => {
    expectLinearTime({ maxSize: MAX_HEADER_BYTES, input: referer, run: refererHost });
  });

  // Cut to USER_AGENT_MAX_LENGTH and cached per value: each call gets a new one.
  it.each([
    ["spaces", repeatTo("", " ")],
    ["an endless product list", repeatTo("", "Mozilla/5.0 ")],
    ["an endless comment", repeatTo("Mozilla/5.0 (", "a; ")],
    ["nested parentheses", repeatTo("", "(")],
    ["version-like digits", repeatTo("Chrome/", "1.")],
    ["Android builds", repeatTo("Mozilla/5.0 (Linux; Android 10; ", "SM-G ")],
  ])("parseUserAgent: %s", (_, ua) => {
    for (const maxSize of [USER_AGENT_MAX_LENGTH, MAX_HEADER_BYTES]) {
      expectLinearTime({ maxSize, distinct: true, input: (size, variant) => `${variant} ${ua(size)}`, run: parseUserAgent });
    }
  });
});
