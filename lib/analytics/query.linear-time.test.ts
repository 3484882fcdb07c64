import { describe, expect, it } from "vitest";
import { expectLinearTime } from "@/lib/testing/expect-linear-time";
import { parseClickLogQuery, parseClickLogQueryLenient } from "./click-log-query";
import { statsQuerySchema } from "./get-stats-report";
import { parseRangeLenient } from "./range";

/** Query parameters arrive in the request line: server.ts's maxHeaderSize bounds them. */
const HEADER_CAP = 64 * 1024;
const run = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Worst cases per parameter: runs of what its pattern looks for, never quite matching. */
const PARAMETERS: [string, (size: number) => string][] = [
  ["redirect", run("a")],
  ["country", run("A")],
  ["browser", run(" a")],
  ["os", run("a")],
  ["session", run("a:")],
  ["ip", run("1.")],
  ["ip", run("1:")],
  ["ip", run("::ffff:1.")],
  ["tz", run("Europe/")],
  ["from", run("2024-01-01T0")],
  ["to", run("1")],
  ["range", run("7d")],
  ["cursor", run("A")],
  ["limit", run("9")],
  ["kind", run("human")],
];

describe("analytics queries take time linear in their parameters, up to the 64 KB header cap", { timeout: 60_000 }, () => {
  it.each(PARAMETERS)("the click log's %s parameter (API, CSV)", (name, value) => {
    expectLinearTime({
      maxSize: HEADER_CAP,
      input: (size) => ({ [name]: value(size) }),
      run: (query) => expect(() => parseClickLogQuery(query)).toThrow(/Invalid click log query/),
    });
  });

  it("every click log parameter at once, as the page reads them", () => {
    expectLinearTime({
      maxSize: HEADER_CAP,
      input: (size) => Object.fromEntries(PARAMETERS.map(([name, value]) => [name, value(size / PARAMETERS.length)])),
      run: (query) => parseClickLogQueryLenient(query),
    });
  });

  it.each(["tz", "from", "to", "redirect"])("the stats report's %s parameter", (name) => {
    expectLinearTime({
      maxSize: HEADER_CAP,
      input: (size) => ({ [name]: run("2024-01-01T0")(size) }),
      run: (query) => statsQuerySchema.safeParse(query),
    });
  });

  it("the dashboards' range, as the page reads it", () => {
    expectLinearTime({
      maxSize: HEADER_CAP,
      input: (size) => ({ range: "custom", from: run("2024-01-01T0")(size / 3), to: run("2")(size / 3), tz: run("Europe/")(size / 3) }),
      run: (query) => parseRangeLenient(query),
    });
  });
});
