import { Badge } from "@/components/ui/badge";
import type { RedirectStatus } from "@/lib/redirects/schema";

export function RedirectStatusBadge({ status }: { status: RedirectStatus }) {
  return (
    <Badge tone={status === "active" ? "success" : "warning"} dot>
      {status === "active" ? "Active" : "Paused"}
    </Badge>
  );
}
