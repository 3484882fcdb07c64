import type { Metadata } from "next";
import { SigningKeyList } from "@/components/signing-keys/signing-key-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session-actor";
import { listSigningKeys } from "@/lib/signing/list-signing-keys";

export const metadata: Metadata = { title: "Signing keys" };

export default async function SigningKeysPage() {
  const actor = await requirePageActor("signing-keys:manage");
  const keys = await listSigningKeys(actor);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Signing keys"
        description="The keys that sign tracked email links and open pixels. The newest key signs; older ones keep their links working until you retire them."
      />
      <SigningKeyList keys={keys} />
    </div>
  );
}
