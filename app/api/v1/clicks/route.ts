import { queryObject, withApiKey } from "@/lib/api/with-api-key";
import { listClicks } from "@/lib/analytics/list-clicks";

export const GET = withApiKey(async ({ req, actor }) => {
  const page = await listClicks(actor, queryObject(req));
  return Response.json({
    data: page.clicks,
    nextCursor: page.nextCursor,
    prevCursor: page.prevCursor,
    estimatedTotal: page.estimatedTotal,
    range: page.range,
  });
});
