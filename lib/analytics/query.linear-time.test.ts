import { describe, expect, it } from "vitest";
import { MAX_HEADER_BYTES } from "../http/max-header-bytes";
import { expectLinearTime, LINEAR_TIME_SUITE, repeatTo } from "../testing/expect-linear-time";
import { parseClickLogQuery, parseClickLogQueryLenient } from "./click-log-query";
import { statsQuerySchema } from "./get-stats-report";
import { parseRangeLenient } from "./range";

/** Worst cases per parameter: runs of what its pattern looks for, never quite matching. */
const PARAMETERS: [string, (size: number) => string][] = [
  ["redirect", repeatTo("", "a")],
  ["country", repeatTo("", "A")],
  ["browser", repeatTo("", " a")],
  ["os", repeatTo("", "a")],
  ["session", repeatTo("", "a:")],
  ["ip", repeatTo("", "1.")],
  ["ip", repeatTo("", "1:")],
  ["ip", repeatTo("", "::ffff:1.")],
  ["tz", repeatTo("", "Europe/")],
  ["from", repeatTo("", "2024-01-01T0")],
  ["to", repeatTo("", "1")],
  ["range", repeatTo("", "7d")],
  ["cursor", repeatTo("", "A")],
  ["limit", repeatTo("", "9")],
  ["kind", repeatTo("", "human")],
];

describe("analytics queries take time linear in their parameters, up to the 64 KB header cap", LINEAR_TIME_SUITE, () => {
  it.each(PARAMETERS)("the click log's %s parameter (API, CSV)", (name, value) => {
    expectLinearTime({
      maxSize: MAX_HEADER_BYTES,
      input: (size) => ({ [name]: value(size) }),
      run: (query) => expect(() => parseClickLogQuery(query)).toThrow(/Invalid click log query/),
    });
  });

  it("every click log parameter at once, as the page reads them", () => {
    expectLinearTime({
      maxSize: MAX_HEADER_BYTES,
      input: (size) => Object.fromEntries(PARAMETERS.map(([name, value]) => [name, value(size / PARAMETERS.length)])),
      run: (query) => parseClickLogQueryLenient(query),
    });
  });

  it.each(["tz", "from", "to", "redirect"])("the stats report's %s parameter", (name) => {
    expectLinearTime({
      maxSize: MAX_HEADER_BYTES,
      input: (size) => ({ [name]: repeatTo("", "2024-01-01T0")(size) }),
      run: (query) => statsQuerySchema.safeParse(query),
    });
  });

  it("the dashboards' range, as the page reads it", () => {
    expectLinearTime({
      maxSize: MAX_HEADER_BYTES,
      input: (size) => ({
        range: "custom",
        from: repeatTo("", "2024-01-01T0")(size / 3),
        to: repeatTo("", "2")(size / 3),
        tz: repeatTo("", "Europe/")(size / 3),
      }),
      run: (query) => parseRangeLenient(query),
    });
  });
});
