import type { ReactNode } from "react";
import type { LatestClick } from "@/lib/analytics/get-latest-clicks";
import type { ClickLogFilter } from "@/lib/analytics/click-log-query";
import type { RankedItem, StatsReport } from "@/lib/analytics/report-types";
import { chartSummary } from "./chart-summary";
import { clickLogHref } from "./click-log-href";
import { ClicksChart } from "./clicks-chart";
import { LatestClicks } from "./latest-clicks";
import { RankedList } from "./ranked-list";
import { SessionIssuesNotice } from "./session-issues-notice";
import { StatCards } from "./stat-cards";

interface AnalyticsViewProps {
  report: StatsReport;
  latest: LatestClick[];
  /** The URL parameters of the report's range, carried into every link. */
  rangeParams: Record<string, string>;
  /** Shown above the per-redirect list on the overview. */
  redirectsAction?: ReactNode;
}

const CLIENT_LISTS = [
  { key: "browsers", title: "Browsers", filter: "browser" },
  { key: "os", title: "Operating systems", filter: "os" },
  { key: "devices", title: "Devices", filter: "device" },
] as const satisfies { key: keyof StatsReport["top"]; title: string; filter: ClickLogFilter }[];

/**
 * Everything one report shows: the overview (all redirects) and a redirect's page (its
 * report) use the same panels; links keep the range and, on a redirect page, the redirect.
 */
export function AnalyticsView({ report, latest, rangeParams, redirectsAction }: AnalyticsViewProps) {
  const { top, range, redirectId } = report;
  const scope: Partial<Record<ClickLogFilter, string>> = redirectId ? { redirect: redirectId } : {};
  const filterBy = (filter: ClickLogFilter) => (item: RankedItem) => clickLogHref({ ...scope, [filter]: item.key }, rangeParams);
  const query = new URLSearchParams(rangeParams).toString();
  // The overview leads with the redirects and countries; a redirect's page with where its
  // clicks came from. Wide lists take half a row on large screens, the others a third.
  const wide = redirectId ? "lg:col-span-2" : "lg:col-span-3";
  const third = "lg:col-span-2";
  const countries = (
    <RankedList
      key="countries"
      title="Countries"
      description="From the IP address"
      items={top.countries}
      hrefOf={filterBy("country")}
      className={wide}
    />
  );
  const referers = (
    <RankedList
      key="referers"
      title="Referers"
      description="The site a click came from"
      items={top.referers}
      mono
      className={wide}
    />
  );
  const sessions = (
    <RankedList
      key="sessions"
      title="Top sessions"
      description={
        report.sessionSample.complete
          ? "Most clicks in this range"
          : `Most clicks among the latest ${report.sessionSample.clicks.toLocaleString("en")} of this range`
      }
      items={top.sessions}
      hrefOf={(item) => clickLogHref({ session: item.key }, rangeParams)}
      mono
      empty="No clicks with a session ID in this range."
      className={wide}
    />
  );
  const clients = CLIENT_LISTS.map(({ key, title, filter }) => (
    <RankedList
      key={key}
      title={title}
      description="From the user agent"
      items={top[key]}
      hrefOf={filterBy(filter)}
      className={third}
    />
  ));
  const redirects = (
    <RankedList
      key="redirects"
      title="Clicks per redirect"
      description="The busiest redirects in this range"
      items={top.redirects}
      hrefOf={(item) => (item.key && !item.deleted ? `/redirects/${encodeURIComponent(item.key)}?${query}` : null)}
      actions={redirectsAction}
      className={wide}
    />
  );
  return (
    <div className="flex flex-col gap-4 sm:gap-6">
      <StatCards current={report.current} previous={report.previous} />
      <SessionIssuesNotice issues={report.sessionIssues} />
      <ClicksChart
        series={report.series}
        interval={range.interval}
        tz={range.tz}
        summary={chartSummary(report.series, range.interval, range.tz)}
      />
      <div className="grid grid-cols-1 gap-4 sm:gap-6 md:grid-cols-2 lg:grid-cols-6">
        {redirectId ? [countries, referers, sessions, ...clients] : [redirects, countries, ...clients, referers, sessions]}
      </div>
      <LatestClicks
        clicks={latest}
        tz={range.tz}
        description={
          redirectId ? "The most recent clicks on this redirect in this range" : "The most recent clicks in this range"
        }
        logHref={clickLogHref(scope, rangeParams)}
        showRedirect={!redirectId}
      />
    </div>
  );
}
