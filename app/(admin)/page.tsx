import { Clock, MousePointerClick, Signpost } from "lucide-react";
import type { Metadata } from "next";
import { ClicksPerRedirect } from "@/components/dashboard/clicks-per-redirect";
import { DashboardEmptyState } from "@/components/dashboard/dashboard-empty-state";
import { LatestClicksTable } from "@/components/dashboard/latest-clicks-table";
import { StatCard } from "@/components/dashboard/stat-card";
import { NewRedirectButton } from "@/components/redirects/new-redirect-button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { requirePageActor } from "@/lib/auth/session-actor";
import { getDashboard } from "@/lib/clicks/dashboard";

export const metadata: Metadata = { title: "Dashboard" };

const numberFormat = new Intl.NumberFormat("en");

export default async function DashboardPage() {
  const actor = await requirePageActor("clicks:read");
  const data = await getDashboard(actor);
  const canWrite = can(actor.role, "redirects:write");
  return (
    <>
      <PageHeader
        title="Dashboard"
        description="Clicks on your redirects at a glance."
        actions={<NewRedirectButton role={actor.role} />}
      />
      <section aria-label="Totals" className="grid grid-cols-3 gap-2 sm:gap-4">
        <StatCard
          label="Total clicks"
          value={data.totalClicks}
          icon={MousePointerClick}
          hint={`${numberFormat.format(data.humanClicks)} human · ${numberFormat.format(data.botClicks)} ${data.botClicks === 1 ? "bot" : "bots"}`}
        />
        <StatCard label="Last 24 hours" value={data.last24h} icon={Clock} hint="Clicks since this time yesterday" />
        <StatCard label="Active redirects" value={data.activeRedirects} icon={Signpost} hint="Not paused" />
      </section>
      <div className="mt-6 flex flex-col gap-6">
        {data.totalClicks === 0 ? (
          <DashboardEmptyState canWrite={canWrite} hasRedirects={data.activeRedirects > 0} />
        ) : (
          <>
            <ClicksPerRedirect rows={data.perRedirect} />
            <LatestClicksTable clicks={data.latest} />
          </>
        )}
      </div>
    </>
  );
}
