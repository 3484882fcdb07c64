export interface LinearTimeCase<T> {
  /** The worst-case input of a size. */
  input: (size: number, variant: number) => T;
  run: (input: T) => unknown;
  /** The largest input the entry point accepts: the last step compares maxSize / 4 with maxSize. */
  maxSize: number;
  /**
   * How many 4× steps lead up to maxSize (sizes maxSize / 4^steps … maxSize). By default they
   * start near 1,000, where quadratic code is still fast enough to fail quickly.
   */
  steps?: number;
  /**
   * A new input (with a new `variant`) for every call, for code that caches by input. Off, a
   * batch of calls shares one input, so no pile of inputs is in the heap while the clock runs.
   */
  distinct?: boolean;
}

export interface StepTiming {
  size: number;
  /** CPU milliseconds per call, from the fastest sample. */
  ms: number;
}

const STEP = 4;
/** Linear work gives ~4 per 4× step (n log n ~4.6), quadratic ~16. */
export const MAX_STEP_RATIO = 8;
const REPETITIONS = 3;
/** A shorter sample is mostly timer and scheduling noise: fast calls are batched up to it. */
const MIN_SAMPLE_MS = 5;
const MAX_BATCH = 4096;

/**
 * Checks that `run` does work in proportion to its input up to the entry point's maximum, by
 * ratios measured in the same run, never against a wall-clock limit. Sizes grow 4× a step from
 * maxSize / 4^steps, so super-linear code fails at the first step where it shows, before a 16×
 * costlier size could stall the suite; linear code ends comparing maxSize / 4 with maxSize.
 *
 * A step at MAX_STEP_RATIO or more fails when measuring it again agrees, and when it and the
 * step before grew MAX_STEP_RATIO² or more together (the first step: on its own). Quadratic
 * code grows 16× every step, so both hold; a pause of a busy machine fails the first test, and
 * the one step where a cheap linear call's copies pass V8's large-object size (~128 KB, fresh
 * pages each time) and cost ~8× fails the second.
 */
export function expectLinearTime<T>(c: LinearTimeCase<T>): StepTiming[] {
  const steps = c.steps ?? Math.max(1, Math.floor(Math.log(c.maxSize / 1000) / Math.log(STEP)));
  let variant = 0;
  let batch = 1;

  const sample = (size: number, calls: number): number => {
    const inputs = Array.from({ length: c.distinct ? calls : 1 }, () => settle(c.input(size, variant++)));
    const start = cpuMs();
    for (let i = 0; i < calls; i++) c.run(inputs[c.distinct ? i : 0]);
    return cpuMs() - start;
  };
  const measure = (size: number): StepTiming => {
    let best = Infinity;
    for (let samples = 0; samples < REPETITIONS;) {
      const ms = sample(size, batch);
      if (ms < MIN_SAMPLE_MS && batch < MAX_BATCH) batch *= 2;
      else {
        best = Math.min(best, ms / batch);
        samples++;
      }
    }
    const timing = { size, ms: best };
    batch = Math.max(1, Math.floor(batch / STEP));
    return timing;
  };

  const timings: StepTiming[] = [];
  for (let i = steps; i >= 0; i--) {
    const size = Math.max(1, Math.round(c.maxSize / STEP ** i));
    timings.push(measure(size));
    if (timings.length < 2 || ratio(timings) < MAX_STEP_RATIO) continue;
    batch = 1;
    const again = [measure(timings[timings.length - 2].size), measure(size)];
    const twoSteps = timings.length < 3 ? Infinity : timings[timings.length - 1].ms / timings[timings.length - 3].ms;
    if (ratio(again) < MAX_STEP_RATIO || twoSteps < MAX_STEP_RATIO ** 2) {
      timings.splice(-2, 2, ...again);
      continue;
    }
    const table = timings.map((t) => `${t.size} → ${t.ms.toFixed(3)} ms`).join(", ");
    throw new Error(
      `Time grows faster than the input (${table}; measured again ${ratio(again).toFixed(1)}×): ` +
        `${STEP}× the input took ${ratio(timings).toFixed(1)}× as long (linear ≈ ${STEP}, limit ${MAX_STEP_RATIO}).`,
    );
  }
  return timings;
}

/**
 * This process's CPU time, not the wall clock: on a loaded machine a long sample is preempted
 * far more often than a short one, so wall-clock ratios grew with the load (a 20 ms call measured
 * 16× a 1.25 ms one at a load of 9 on 2 cores). Vitest runs each test file in its own process.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function ratio(timings: StepTiming[]): number {
  return timings[timings.length - 1].ms / timings[timings.length - 2].ms;
}

/**
 * Flattens an input's strings before the clock starts. V8 builds `repeat` and `+` results as
 * ropes and flattens them on first use: inside the timed call, that allocation (in large-object
 * space past ~128 KB) looks like super-linear work.
 */
function settle<T>(input: T): T {
  if (typeof input === "string") FLATTEN.test(input);
  else if (Array.isArray(input)) input.forEach(settle);
  else if (input !== null && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype) {
    Object.values(input).forEach(settle);
  }
  return input;
}

/** Any regular expression flattens its subject in place; this one stops at the first character. */
const FLATTEN = /^/;

/**
 * The options of a suite of expectLinearTime checks: many measured calls on inputs of up to
 * 10 MB. The timeout only keeps a busy machine from failing the run; the verdict is the ratio.
 */
export const LINEAR_TIME_SUITE = { timeout: 60_000 };

/** A builder of worst-case inputs: `head`, then `unit` repeated, then `tail`: exactly `size` characters. */
export function repeatTo(head: string, unit: string, tail = ""): (size: number) => string {
  return (size) => {
    const fill = Math.max(0, size - head.length - tail.length);
    return head + unit.repeat(Math.ceil(fill / unit.length)).slice(0, fill) + tail;
  };
}

/** A builder of arrays of `unit` that take about `size` bytes as JSON (its quotes and comma included). */
export function jsonArrayOf(unit: string): (size: number) => string[] {
  return (size) => Array.from({ length: Math.max(1, Math.floor(size / (unit.length + 3))) }, () => unit);
}

interface BodySchema {
  safeParse: (body: unknown) => unknown;
}

/**
 * One field's worst case in both bodies an API takes: beside the `valid` fields a create
 * needs, and alone in a partial update.
 */
export function expectFieldLinearTime(
  schemas: { create: BodySchema; update: BodySchema; valid: object; maxSize: number },
  field: string,
  value: (size: number) => unknown,
): void {
  const { create, update, valid, maxSize } = schemas;
  expectLinearTime({ maxSize, input: (size) => ({ ...valid, [field]: value(size) }), run: (body) => create.safeParse(body) });
  expectLinearTime({ maxSize, input: (size) => ({ [field]: value(size) }), run: (body) => update.safeParse(body) });
}
