import { ExternalLink } from "lucide-react";
import type { Metadata } from "next";
import { Suspense } from "react";
import { AnalyticsSkeleton } from "@/components/analytics/analytics-skeleton";
import { firstValues } from "@/components/analytics/first-values";
import { LiveToggle } from "@/components/analytics/live-toggle";
import { RangeNotice } from "@/components/analytics/range-notice";
import { RangePickerFor } from "@/components/analytics/range-picker-for";
import { RedirectQrCode } from "@/components/analytics/redirect-qr-code";
import { CopyField } from "@/components/redirects/copy-field";
import { RedirectActions } from "@/components/redirects/redirect-actions";
import { RedirectStatusBadge } from "@/components/redirects/redirect-status-badge";
import { STATUS_CODE_INFO } from "@/components/redirects/status-code-info";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DescriptionItem } from "@/components/ui/description-item";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { parseRangeLenient, rangeParams } from "@/lib/analytics/range";
import { can } from "@/lib/auth/roles";
import { requirePageActor } from "@/lib/auth/session-actor";
import { readableTargetUrl } from "@/lib/redirects/target-url";
import { isTracking, trackingEndMs } from "@/lib/redirects/tracking-window";
import { loadRedirect } from "../load-redirect";
import { publicOrigin } from "../public-origin";
import { RedirectAnalytics } from "./redirect-analytics";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Redirect ${(await params).id}` };
}

const numberFormat = new Intl.NumberFormat("en");

export default async function RedirectDetailPage({ params, searchParams }: Props) {
  const actor = await requirePageActor("redirects:read");
  const redirect = await loadRedirect(actor, (await params).id);
  const { range, corrected } = parseRangeLenient(firstValues(await searchParams));
  const analyticsParams = rangeParams(range);
  const origin = await publicOrigin();
  const link = `${origin}/redirect/${redirect.id}`;
  const created = Date.parse(redirect.createdAt);
  const trackingEnds = new Date(trackingEndMs(created, redirect.trackingDays));
  // eslint-disable-next-line react-hooks/purity -- a server component renders once per request: the clock is request data here
  const trackingEnded = !isTracking(Date.now(), created, redirect.trackingDays);
  const properties = Object.entries(redirect.eventProperties);

  return (
    <>
      <PageHeader
        back={{ href: "/redirects", label: "Redirects" }}
        title={redirect.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <code className="font-mono text-[13px]">{redirect.id}</code>
            <RedirectStatusBadge status={redirect.status} />
          </span>
        }
        actions={
          can(actor.role, "redirects:write") && <RedirectActions id={redirect.id} name={redirect.name} status={redirect.status} />
        }
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 lg:col-span-2">
          <Card className="h-full">
            <CardHeader title="Links" description="Share these; every GET records a click." />
            <CardBody className="flex flex-col gap-5">
              <CopyField label="Link" value={link} />
              <CopyField
                label="Link with session"
                value={`${link}/{{session@id}}`}
                hint={
                  <>
                    For email tools that fill in <code className="font-mono text-xs">{"{{session@id}}"}</code> per recipient, so
                    each click is tied to a session.
                  </>
                }
              />
              {redirect.status === "paused" && (
                <p className="rounded-control bg-warning-soft px-3 py-2 text-[13px] text-warning">
                  This redirect is paused: its links answer 404 until it is resumed.
                </p>
              )}
            </CardBody>
          </Card>
        </div>
        <div className="min-w-0">
          <RedirectQrCode id={redirect.id} link={link} />
        </div>
      </div>

      {can(actor.role, "clicks:read") && (
        <section aria-labelledby="analytics-heading" className="mt-8 flex flex-col gap-4 sm:gap-6">
          <div className="flex items-center justify-between gap-3">
            <h2 id="analytics-heading" className="text-base font-semibold">
              Analytics
            </h2>
            <LiveToggle />
          </div>
          <RangePickerFor range={range} />
          <RangeNotice corrected={corrected} tz={range.tz} />
          {/* Keyed by the range: a new range shows the skeleton, a live refresh keeps the panels. */}
          <Suspense key={new URLSearchParams(analyticsParams).toString()} fallback={<AnalyticsSkeleton scope="redirect" />}>
            <RedirectAnalytics actor={actor} redirectId={redirect.id} range={range} rangeParams={analyticsParams} />
          </Suspense>
        </section>
      )}

      <h2 className="mt-8 mb-4 text-base font-semibold">Details</h2>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-6 lg:col-span-2">
          <Card>
            <CardHeader title="Destination" />
            <CardBody>
              <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
                <DescriptionItem label="Target URL" wide>
                  <a
                    href={redirect.targetUrl}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="inline-flex max-w-full items-start gap-1 break-all text-accent hover:underline"
                  >
                    {readableTargetUrl(redirect.targetUrl)}
                    <ExternalLink aria-hidden className="mt-0.5 size-3.5 shrink-0" />
                  </a>
                </DescriptionItem>
                <DescriptionItem label="Status code">
                  {redirect.statusCode} · {STATUS_CODE_INFO[redirect.statusCode].label}
                </DescriptionItem>
                <DescriptionItem label="Forward query string">{redirect.forwardQuery ? "Yes" : "No"}</DescriptionItem>
                {redirect.description && (
                  <DescriptionItem label="Description" wide>
                    <p className="whitespace-pre-line">{redirect.description}</p>
                  </DescriptionItem>
                )}
              </dl>
            </CardBody>
          </Card>

          <Card>
            <CardHeader title="Click event" description="What is recorded and forwarded for each click." />
            <CardBody className="flex flex-col gap-5">
              <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
                <DescriptionItem label="Event type">
                  <code className="font-mono text-[13px]">{redirect.eventType}</code>
                </DescriptionItem>
                <DescriptionItem label="Tags">
                  {redirect.tags.length ? (
                    <span className="flex flex-wrap gap-1.5">
                      {redirect.tags.map((tag) => (
                        <Badge key={tag} tone="accent">
                          {tag}
                        </Badge>
                      ))}
                    </span>
                  ) : (
                    <span className="text-subtle">None</span>
                  )}
                </DescriptionItem>
              </dl>
              <div>
                <p className="mb-1.5 text-[13px] text-muted">Event properties</p>
                {properties.length ? (
                  <div className="overflow-x-auto rounded-control border border-border">
                    <table className="w-full text-[13px]">
                      <tbody className="divide-y divide-border">
                        {properties.map(([key, value]) => (
                          <tr key={key}>
                            <th scope="row" className="w-1/3 bg-surface-muted px-3 py-2 text-left font-mono font-medium">
                              {key}
                            </th>
                            <td className="px-3 py-2 font-mono break-all">
                              {typeof value === "string" ? value : JSON.stringify(value)}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ) : (
                  <p className="text-subtle">None</p>
                )}
              </div>
            </CardBody>
          </Card>
        </div>

        <div className="flex min-w-0 flex-col gap-6">
          <Card>
            <CardHeader title="Tracking" />
            <CardBody>
              <dl className="flex flex-col gap-4">
                <DescriptionItem label="Clicks recorded, all time">
                  <span className="tabular-nums">{numberFormat.format(redirect.clickCount)}</span>
                </DescriptionItem>
                <DescriptionItem label="Tracking window">
                  {redirect.trackingDays === 0
                    ? "Clicks are not recorded"
                    : `${numberFormat.format(redirect.trackingDays)} days after creation`}
                </DescriptionItem>
                {redirect.trackingDays > 0 && (
                  <DescriptionItem label="Clicks recorded until">
                    <LocalTime iso={trackingEnds.toISOString()} />
                    {trackingEnded && (
                      <span className="mt-1 block text-[13px] text-warning">Tracking has ended; the link still redirects.</span>
                    )}
                  </DescriptionItem>
                )}
              </dl>
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="History" />
            <CardBody>
              <dl className="flex flex-col gap-4">
                <DescriptionItem label="Created">
                  <LocalTime iso={redirect.createdAt} />
                  <span className="block truncate text-[13px] text-muted" title={redirect.createdBy ?? undefined}>
                    by {redirect.createdBy ?? "API or CLI"}
                  </span>
                </DescriptionItem>
                <DescriptionItem label="Last updated">
                  <LocalTime iso={redirect.updatedAt} />
                  <span className="block truncate text-[13px] text-muted" title={redirect.updatedBy ?? undefined}>
                    by {redirect.updatedBy ?? "API or CLI"}
                  </span>
                </DescriptionItem>
              </dl>
            </CardBody>
          </Card>
        </div>
      </div>
    </>
  );
}
