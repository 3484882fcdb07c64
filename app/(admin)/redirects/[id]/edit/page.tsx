import type { Metadata } from "next";
import { RedirectForm } from "@/components/redirects/redirect-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session-actor";
import { loadRedirect } from "../../load-redirect";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit ${(await params).id}` };
}

export default async function EditRedirectPage({ params }: Props) {
  const actor = await requirePageActor("redirects:write");
  const redirect = await loadRedirect(actor, (await params).id);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={`Edit ${redirect.name}`}
        description={<span className="font-mono text-[13px]">{redirect.id}</span>}
        back={{ href: `/redirects/${encodeURIComponent(redirect.id)}`, label: "Back to redirect" }}
      />
      <RedirectForm redirect={redirect} />
    </div>
  );
}
