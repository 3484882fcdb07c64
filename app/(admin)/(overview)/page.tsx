import type { Metadata } from "next";
import { Suspense } from "react";
import { AnalyticsSkeleton } from "@/components/analytics/analytics-skeleton";
import { FirstClickGuide } from "@/components/analytics/first-click-guide";
import { firstValues } from "@/components/analytics/first-values";
import { LiveToggle } from "@/components/analytics/live-toggle";
import { RangeNotice } from "@/components/analytics/range-notice";
import { RangePickerFor } from "@/components/analytics/range-picker-for";
import { NewRedirectButton } from "@/components/redirects/new-redirect-button";
import { PageHeader } from "@/components/ui/page-header";
import { getOverviewFacts } from "@/lib/analytics/get-overview-facts";
import { parseRangeLenient, rangeParams } from "@/lib/analytics/range";
import { can } from "@/lib/auth/roles";
import { requirePageActor } from "@/lib/auth/session-actor";
import { publicOrigin } from "../redirects/public-origin";
import { OverviewPanels } from "./overview-panels";

export const metadata: Metadata = { title: "Dashboard" };

const numberFormat = new Intl.NumberFormat("en");

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("clicks:read");
  const { range, corrected } = parseRangeLenient(firstValues(await searchParams));
  const facts = await getOverviewFacts(actor);
  const params = rangeParams(range);
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={
          facts.activeRedirects === 0
            ? "No active redirects yet."
            : `Clicks on your ${numberFormat.format(facts.activeRedirects)} active ${facts.activeRedirects === 1 ? "redirect" : "redirects"}.`
        }
        actions={
          <>
            <LiveToggle />
            <NewRedirectButton role={actor.role} />
          </>
        }
      />
      {facts.hasClicks ? (
        <div className="flex flex-col gap-4 sm:gap-6">
          <RangePickerFor range={range} />
          <RangeNotice corrected={corrected} tz={range.tz} />
          {/* Keyed by the range: a new range shows the skeleton, a live refresh keeps the panels. */}
          <Suspense key={new URLSearchParams(params).toString()} fallback={<AnalyticsSkeleton />}>
            <OverviewPanels actor={actor} range={range} rangeParams={params} />
          </Suspense>
        </div>
      ) : (
        <FirstClickGuide
          canWrite={can(actor.role, "redirects:write")}
          sampleLink={facts.newestActiveRedirectId && `${await publicOrigin()}/redirect/${facts.newestActiveRedirectId}`}
        />
      )}
    </>
  );
}
