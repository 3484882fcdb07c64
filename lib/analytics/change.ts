/** How a figure moved against the period before: what the stat cards show under each number. */
export type Change =
  | { kind: "up" | "down"; percent: number }
  | { kind: "same" }
  /** Nothing before, something now: a percentage would be infinite. */
  | { kind: "new" }
  /** Nothing in either period. */
  | { kind: "none" };

export function changeBetween(current: number, previous: number): Change {
  if (previous === 0) return current === 0 ? { kind: "none" } : { kind: "new" };
  if (current === previous) return { kind: "same" };
  const percent = (Math.abs(current - previous) / previous) * 100;
  return { kind: current > previous ? "up" : "down", percent };
}
