import { ShieldAlert } from "lucide-react";
import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Access denied" };

export default function Forbidden() {
  return (
    <div className="flex min-h-[70dvh] items-center justify-center p-6">
      <EmptyState
        icon={ShieldAlert}
        title="You don’t have access to this page"
        actions={
          <ButtonLink href="/" variant="primary">
            Back to the dashboard
          </ButtonLink>
        }
      >
        Your role does not allow this. Ask an admin if you need it.
      </EmptyState>
    </div>
  );
}
