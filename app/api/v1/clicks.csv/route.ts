import { queryObject, withApiKey } from "@/lib/api/with-api-key";
import { csvResponse } from "@/lib/analytics/csv-response";
import { exportClicksCsv } from "@/lib/analytics/export-clicks-csv";

/** GET /api/v1/clicks.csv: the filtered click log as one streamed CSV file. */
export const GET = withApiKey(async ({ req, actor }) => csvResponse(await exportClicksCsv(actor, queryObject(req))));
