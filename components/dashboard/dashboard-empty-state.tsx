import { MousePointerClick, Plus } from "lucide-react";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** First-run guidance: what to do so the dashboard has something to show. */
export function DashboardEmptyState({ canWrite, hasRedirects }: { canWrite: boolean; hasRedirects: boolean }) {
  return (
    <Card>
      <EmptyState
        icon={MousePointerClick}
        title="No clicks yet"
        actions={
          hasRedirects ? (
            <ButtonLink href="/redirects">View redirects</ButtonLink>
          ) : (
            canWrite && (
              <ButtonLink href="/redirects/new" variant="primary">
                <Plus aria-hidden />
                Create a redirect
              </ButtonLink>
            )
          )
        }
      >
        {hasRedirects ? (
          <p>
            Open one of your redirect links, such as{" "}
            <code className="rounded bg-surface-muted px-1 py-0.5 font-mono text-xs">/redirect/&lt;id&gt;</code>, and
            the click appears here within seconds.
          </p>
        ) : (
          <p>
            {canWrite ? "Create a redirect" : "Once an editor creates a redirect"}, follow its link{" "}
            <code className="rounded bg-surface-muted px-1 py-0.5 font-mono text-xs">/redirect/&lt;id&gt;</code>, and
            the click shows up here with its time, session, IP and browser.
          </p>
        )}
      </EmptyState>
    </Card>
  );
}
