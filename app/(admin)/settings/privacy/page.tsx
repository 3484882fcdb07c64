import type { Metadata } from "next";
import { EraseSessionCard } from "@/components/privacy/erase-session-card";
import { OptOutList } from "@/components/privacy/opt-out-list";
import { PrivacySettingsForm } from "@/components/privacy/privacy-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { requirePageActor } from "@/lib/auth/session-actor";
import { listOptOuts } from "@/lib/privacy/list-opt-outs";
import { optOutListQuerySchema } from "@/lib/privacy/schema";
import { readPrivacySettings } from "@/lib/settings/privacy-settings";

export const metadata: Metadata = { title: "Privacy" };

const OPT_OUT_PAGE_SIZE = 10;

export default async function PrivacyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("privacy:manage");
  const raw = await searchParams;
  // A repeated parameter counts by its first value; the schema drops bad values. The list
  // shares the page with two other cards, so it shows fewer rows by default than the API.
  const query = optOutListQuerySchema.parse({
    pageSize: OPT_OUT_PAGE_SIZE,
    ...Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  });
  const [settings, optOuts] = await Promise.all([readPrivacySettings(actor), listOptOuts(actor, query)]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Privacy" description="What is stored about the people who click, for how long, and how to remove it." />
      <div className="flex flex-col gap-6">
        <PrivacySettingsForm settings={settings} />
        <OptOutList page={optOuts} query={query} defaultPageSize={OPT_OUT_PAGE_SIZE} />
        {can(actor.role, "sessions:erase") && <EraseSessionCard />}
      </div>
    </div>
  );
}
