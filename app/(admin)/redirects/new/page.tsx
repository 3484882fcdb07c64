import type { Metadata } from "next";
import { RedirectForm } from "@/components/redirects/redirect-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session-actor";

export const metadata: Metadata = { title: "New redirect" };

export default async function NewRedirectPage() {
  await requirePageActor("redirects:write");
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="New redirect"
        description="A link that sends recipients on to the target and records each click."
        back={{ href: "/redirects", label: "Redirects" }}
      />
      <RedirectForm />
    </div>
  );
}
