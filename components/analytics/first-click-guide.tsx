import { MousePointerClick, Signpost } from "lucide-react";
import { NewRedirectLink } from "@/components/redirects/new-redirect-button";
import { SampleLink } from "@/components/redirects/sample-link";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
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
          actions={canWrite && <NewRedirectLink>Create a redirect</NewRedirectLink>}
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
        <SampleLink link={sampleLink} />
      </EmptyState>
    </Card>
  );
}
