import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";

/** A page that only explains why there is nothing to show, with the way back to the dashboard. */
export function FullPageMessage({ icon, title, children }: { icon: LucideIcon; title: string; children: ReactNode }) {
  return (
    <div className="flex min-h-[70dvh] items-center justify-center p-6">
      <EmptyState
        icon={icon}
        title={title}
        actions={
          <ButtonLink href="/" variant="primary">
            Back to the dashboard
          </ButtonLink>
        }
      >
        {children}
      </EmptyState>
    </div>
  );
}
