import { assertCan, type Actor } from "../auth/roles";
import { ALL_SCOPE } from "../clicks/hourly-deltas";
import type { ResolvedRange } from "./range";
import { readDimTotals } from "./rollup-reads";

const SUGGESTED = ["country", "browser", "os"] as const;
type Suggested = (typeof SUGGESTED)[number];

/** Values seen in a range, most clicked first, for the click log's filter suggestions. */
export type ClickFilterValues = Record<Suggested, string[]>;

/**
 * The countries, browsers and OSes of a range, read from the dimension rollups (a few
 * thousand rows for 90 days) rather than the clicks: the filters match stored values
 * exactly, so the bar suggests the ones that exist.
 */
export async function listClickFilterValues(
  actor: Actor,
  input: { range: ResolvedRange; redirectId?: string | null },
): Promise<ClickFilterValues> {
  assertCan(actor, "clicks:read");
  const rows = [
    ...(await readDimTotals(input.redirectId ?? ALL_SCOPE, input.range, { dims: [...SUGGESTED], known: true })).values(),
  ];
  rows.sort((x, y) => y.total - x.total || x.value.localeCompare(y.value));
  const values: ClickFilterValues = { country: [], browser: [], os: [] };
  for (const row of rows) values[row.dim as Suggested].push(row.value);
  return values;
}
