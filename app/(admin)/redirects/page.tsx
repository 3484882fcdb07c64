import type { Metadata } from "next";
import { NewRedirectButton } from "@/components/redirects/new-redirect-button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { requirePageActor } from "@/lib/auth/session-actor";
import { listRedirects, listRedirectTags } from "@/lib/redirects/list-redirects";
import { redirectListQuerySchema } from "@/lib/redirects/schema";
import { RedirectsPageClient } from "./page-client";

export const metadata: Metadata = { title: "Redirects" };

export default async function RedirectsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("redirects:read");
  const raw = await searchParams;
  // A repeated parameter (?tag=a&tag=b) counts by its first value; the schema drops bad values.
  const query = redirectListQuerySchema.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const [result, tags] = await Promise.all([listRedirects(actor, query), listRedirectTags(actor)]);
  const canWrite = can(actor.role, "redirects:write");
  return (
    <>
      <PageHeader
        title="Redirects"
        description="Links that send recipients on and record every click."
        actions={<NewRedirectButton role={actor.role} />}
      />
      <RedirectsPageClient result={result} tags={tags} query={query} canWrite={canWrite} />
    </>
  );
}
