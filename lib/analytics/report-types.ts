import type { Interval, RangePreset } from "./range";

export interface Counts {
  total: number;
  human: number;
  bot: number;
  /** Unique visitors (address and browser) among human clicks, from the hourly sketches. */
  unique: number;
  /** Unique session IDs among human clicks, from the hourly sketches. */
  uniqueSessions: number;
}

export interface SeriesPoint {
  /** Start of the bucket (an hour, or a day in the report's time zone), ISO 8601 UTC. */
  t: string;
  total: number;
  human: number;
  bot: number;
}

export interface RankedItem {
  /** The value as stored ("" = unknown or none) — what a filter on this list matches. */
  key: string;
  /** What to show: a redirect's name, a country's name, "Direct" for no referer… */
  label: string;
  total: number;
  human: number;
  bot: number;
  /** Top redirects only: the redirect was deleted, so it has no page to link to. */
  deleted?: boolean;
}

/** One analytics view: everything the overview and a redirect's page show, and /api/v1/stats. */
export interface StatsReport {
  range: {
    preset: RangePreset;
    from: string;
    to: string;
    tz: string;
    interval: Interval;
    previousFrom: string;
    previousTo: string;
  };
  redirectId: string | null;
  current: Counts;
  previous: Counts;
  series: SeriesPoint[];
  top: {
    redirects: RankedItem[];
    countries: RankedItem[];
    browsers: RankedItem[];
    os: RankedItem[];
    devices: RankedItem[];
    referers: RankedItem[];
    /** Sessions with most clicks among the range's latest `sessionSample.clicks` clicks. */
    sessions: RankedItem[];
  };
  /**
   * Clicks of the range whose link carried a session that could not be stored (an email tool's
   * merge tag left unfilled, or a malformed value): redirected all the same, stored without it.
   */
  sessionIssues: { malformed: number; unfilled: number };
  /** Top sessions read raw clicks, newest first, at most SESSION_SAMPLE of them (docs/adr/0009). */
  sessionSample: { clicks: number; complete: boolean };
}
