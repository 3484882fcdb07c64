import { Download } from "lucide-react";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { firstValues } from "@/components/analytics/first-values";
import { LiveToggle } from "@/components/analytics/live-toggle";
import { RangePickerFor } from "@/components/analytics/range-picker-for";
import { NoClicksYet } from "@/components/clicks/no-clicks-yet";
import { QueryNotice } from "@/components/clicks/query-notice";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { CLICK_LOG_FILTERS, clickLogParams, parseClickLogQueryLenient } from "@/lib/analytics/click-log-query";
import { getOverviewFacts } from "@/lib/analytics/get-overview-facts";
import { listClickFilterValues } from "@/lib/analytics/list-click-filter-values";
import { listClicksOf } from "@/lib/analytics/list-clicks";
import { can } from "@/lib/auth/roles";
import { requirePageActor } from "@/lib/auth/session-actor";
import { listRedirects } from "@/lib/redirects/list-redirects";
import { publicOrigin } from "../redirects/public-origin";
import { ClicksPageClient } from "./page-client";

export const metadata: Metadata = { title: "Clicks" };

/** Redirects offered in the filter's select, by name; others still filter by their ID in the URL. */
const REDIRECT_CHOICES = 100;

export default async function ClicksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("clicks:read");
  const { request, corrected } = parseClickLogQueryLenient(firstValues(await searchParams));
  const { query, range } = request;
  const header = (actions?: ReactNode) => (
    <PageHeader
      title="Clicks"
      description="Every recorded click with all it stored. Filter it, open a click for its details, export it as CSV."
      actions={actions}
    />
  );
  const [page, redirects] = await Promise.all([
    listClicksOf(actor, request),
    listRedirects(actor, { sort: "name", order: "asc", pageSize: REDIRECT_CHOICES }),
  ]);
  // Only an empty page asks whether anything was ever recorded: a new install gets a guide
  // instead of filters over nothing.
  const facts = page.clicks.length === 0 && !query.cursor ? await getOverviewFacts(actor) : null;
  if (facts && !facts.hasClicks) {
    return (
      <>
        {header()}
        <NoClicksYet
          canWrite={can(actor.role, "redirects:write")}
          sampleLink={facts.newestActiveRedirectId && `${await publicOrigin()}/redirect/${facts.newestActiveRedirectId}`}
        />
      </>
    );
  }

  // Not awaited: the suggestions stream in after the table; a failure only loses them.
  const suggestions = listClickFilterValues(actor, { range, redirectId: query.redirect }).catch(() => ({
    country: [],
    browser: [],
    os: [],
  }));
  const params = clickLogParams(query);
  const filters = Object.fromEntries(CLICK_LOG_FILTERS.flatMap((f) => (query[f] && query[f] !== "all" ? [[f, query[f]]] : [])));

  return (
    <>
      {header(
        <>
          <LiveToggle />
          <a href={`/clicks/export?${new URLSearchParams(params)}`} download className={buttonClasses("secondary")}>
            <Download aria-hidden />
            Export CSV
          </a>
        </>,
      )}
      <div className="flex flex-col gap-4">
        <RangePickerFor range={range} />
        <QueryNotice corrected={corrected} />
        <ClicksPageClient
          page={page}
          params={params}
          filters={filters}
          limit={query.limit}
          order={query.order}
          preset={range.preset}
          paged={Boolean(query.cursor)}
          redirects={redirects.items.map((r) => ({ id: r.id, name: r.name }))}
          suggestions={suggestions}
        />
      </div>
    </>
  );
}
