import { WarningNotice } from "@/components/ui/warning-notice";
import type { StatsReport } from "@/lib/analytics/report-types";

const count = new Intl.NumberFormat("en");

/**
 * How many clicks of the range came through a link whose session was left unfilled by the
 * email tool or was not a session ID: the recipients got the page, the clicks have no session.
 */
export function SessionIssuesNotice({ issues }: { issues: StatsReport["sessionIssues"] }) {
  const total = issues.unfilled + issues.malformed;
  if (total === 0) return null;
  const parts = [
    issues.unfilled > 0 &&
      `${count.format(issues.unfilled)} with the email tool’s merge tag left in place of the session (such as {{session@id}})`,
    issues.malformed > 0 && `${count.format(issues.malformed)} with a session that is not a valid session ID`,
  ].filter(Boolean);
  return (
    <WarningNotice>
      <span className="font-medium">
        {count.format(total)} {total === 1 ? "click" : "clicks"} in this range came through a link with a broken session:
      </span>{" "}
      {parts.join("; ")}. The recipients were redirected as usual; these clicks are stored without a session ID. Check the session
      placeholder in the email tool that sent them.
    </WarningNotice>
  );
}
