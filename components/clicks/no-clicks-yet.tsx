import { MousePointerClick } from "lucide-react";
import { NewRedirectLink } from "@/components/redirects/new-redirect-button";
import { SampleLink } from "@/components/redirects/sample-link";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
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
            canWrite && <NewRedirectLink>Create a redirect</NewRedirectLink>
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
        {sampleLink && <SampleLink link={sampleLink} />}
      </EmptyState>
    </Card>
  );
}
