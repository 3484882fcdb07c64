import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session-actor";
import { publicOrigin } from "../redirects/public-origin";
import { TrackedEmailPageClient } from "./page-client";

export const metadata: Metadata = { title: "Tracked email" };

/** Viewers have no nav entry and get 403 here; rewriteEmail checks "links:sign" again. */
export default async function TrackedEmailPage() {
  await requirePageActor("links:sign");
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        title="Tracked email"
        description="Turn every link of an email into a signed tracking link, ready to paste into your email tool."
      />
      <TrackedEmailPageClient origin={await publicOrigin()} />
    </div>
  );
}
