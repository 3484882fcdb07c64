import { getStatsReportFromQuery } from "@/lib/analytics/get-stats-report";
import { queryObject, withApiKey } from "@/lib/api/with-api-key";

export const dynamic = "force-dynamic";

/** GET /api/v1/stats?range=|from=&to=&tz=&redirect= — the dashboards' numbers. */
export const GET = withApiKey(async ({ req, actor }) => Response.json(await getStatsReportFromQuery(actor, queryObject(req))));
