import { MousePointerClick, Plus, Signpost } from "lucide-react";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";

interface FirstClickGuideProps {
  canWrite: boolean;
  /** The public link of an active redirect to try, when there is one. */
  sampleLink: string | null;
}

/** A new install's overview: what to do so the dashboard has something to show. */
export function FirstClickGuide({ canWrite, sampleLink }: FirstClickGuideProps) {
  if (!sampleLink) {
    return (
      <Card>
        <EmptyState
          icon={Signpost}
          title="No clicks yet"
          actions={
            canWrite && (
              <ButtonLink href="/redirects/new" variant="primary">
                <Plus aria-hidden />
                Create a redirect
              </ButtonLink>
            )
          }
        >
          <p>
            {canWrite ? "Create a redirect" : "Once an editor creates a redirect"}, share its link{" "}
            <code className="rounded bg-surface-muted px-1 py-0.5 font-mono text-xs">/redirect/&lt;id&gt;</code>, and every click
            shows up here: totals, a chart, countries, browsers and the latest clicks.
          </p>
        </EmptyState>
      </Card>
    );
  }
  return (
    <Card>
      <EmptyState
        icon={MousePointerClick}
        title="Waiting for the first click"
        actions={<ButtonLink href="/redirects">View redirects</ButtonLink>}
      >
        <p>Open one of your links in a browser, or send it to someone. The click appears here within seconds.</p>
        <div className="mt-4 flex items-center gap-2 rounded-control border border-border bg-surface-muted py-1 pr-1 pl-3 text-left">
          {/* w-0 + flex-1: the link takes the room there is instead of widening the card on a phone. */}
          <code className="w-0 min-w-0 flex-1 truncate font-mono text-[13px] text-foreground" title={sampleLink}>
            {sampleLink}
          </code>
          <CopyButton value={sampleLink} label="Copy" />
        </div>
      </EmptyState>
    </Card>
  );
}
