import { MousePointerClick, Plus } from "lucide-react";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";

interface NoClicksYetProps {
  canWrite: boolean;
  /** The public link of an active redirect to try, when there is one. */
  sampleLink: string | null;
}

/** A new install's click log: what fills it, and the quickest way to see a first row. */
export function NoClicksYet({ canWrite, sampleLink }: NoClicksYetProps) {
  return (
    <Card>
      <EmptyState
        icon={MousePointerClick}
        title="No clicks yet"
        actions={
          sampleLink ? (
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
        <p>
          Every click on one of your links is listed here: when, which redirect and session, human or bot, browser, country,
          referer and the event&apos;s properties, ready to filter and export.{" "}
          {sampleLink
            ? "Open this link in a browser, or send it to someone; the click appears within seconds."
            : canWrite
              ? "Create a redirect and share its link to record the first one."
              : "Once an editor creates a redirect and its link is shared, clicks appear here."}
        </p>
        {sampleLink && (
          // A zero-minimum grid track: the long link truncates instead of widening the card on a phone.
          <div className="mt-4 grid grid-cols-[minmax(0,1fr)]">
            <div className="flex items-center gap-2 rounded-control border border-border bg-surface-muted py-1 pr-1 pl-3 text-left">
              <code className="min-w-0 flex-1 truncate font-mono text-[13px] text-foreground" title={sampleLink}>
                {sampleLink}
              </code>
              <CopyButton value={sampleLink} label="Copy" />
            </div>
          </div>
        )}
      </EmptyState>
    </Card>
  );
}
