import { describe, it } from "vitest";
import { USER_AGENT_MAX_LENGTH } from "../user-agent/user-agent";
import { MAX_HEADER_BYTES } from "../http/max-header-bytes";
import { expectLinearTime, LINEAR_TIME_SUITE, repeatTo } from "../testing/expect-linear-time";
import { detectBot, type BotSignals } from "./detect-bot";
import { SCANNER_SIGNATURES } from "./scanner-signatures";

const signals = (userAgent: string, purpose: string | null = null): BotSignals => ({
  method: "GET",
  userAgent,
  acceptLanguage: null,
  purpose,
  source: "pixel",
});

/** Near misses of the signatures: each makes a pattern try hard and fail. */
const USER_AGENTS: [string, (size: number) => string][] = [
  ["ms-office without a word boundary", repeatTo("", "ms-officeX")],
  ["Microsoft Outl… without the end", repeatTo("", "Microsoft Outl")],
  ["Apple Mail's WebKit with no end", repeatTo("Mozilla/5.0 (Macintosh", "; Intel")],
  ["Apple Mail's WebKit version digits", repeatTo("Mozilla/5.0 (iPhone) AppleWebKit/", "1.")],
  ["Edge/12.246 repeated", repeatTo("", "Edge/12.246 ")],
  ["a near-miss of every name", repeatTo("", "Slackbo proofpoin mimecas barracud LinkedInBo ")],
];

describe("bot detection takes time linear in the headers, up to the 64 KB header cap", LINEAR_TIME_SUITE, () => {
  it.each(USER_AGENTS)("detectBot on a user agent of %s", (_, ua) => {
    expectLinearTime({
      maxSize: MAX_HEADER_BYTES,
      distinct: true,
      input: (size, variant) => signals(`${variant} ${ua(size)}`),
      run: detectBot,
    });
  });

  it("detectBot on a user agent of spaces", () => {
    expectLinearTime({
      maxSize: MAX_HEADER_BYTES,
      distinct: true,
      input: (size, variant) => signals(`${repeatTo("", " ")(size)}${variant}`),
      run: detectBot,
    });
  });

  it("detectBot on a Sec-Purpose header that never says prefetch", () => {
    expectLinearTime({
      maxSize: MAX_HEADER_BYTES,
      input: (size) => signals("Mozilla/5.0", repeatTo("", "prefetc")(size)),
      run: detectBot,
    });
  });

  // detectBot cuts user agents first; the signatures stay linear without that cut too.
  it.each(USER_AGENTS)("every scanner signature on %s", (_, ua) => {
    for (const maxSize of [USER_AGENT_MAX_LENGTH, MAX_HEADER_BYTES]) {
      expectLinearTime({ maxSize, input: ua, run: (text) => SCANNER_SIGNATURES.map((s) => s.test.test(text)) });
    }
  });
});
