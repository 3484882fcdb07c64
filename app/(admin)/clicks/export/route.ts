import { errorResponse, queryObject } from "@/lib/api/with-api-key";
import { csvResponse } from "@/lib/analytics/csv-response";
import { exportClicksCsv } from "@/lib/analytics/export-clicks-csv";
import { requirePageActor } from "@/lib/auth/session-actor";

/**
 * The click log page's "Export CSV": the same stream as GET /api/v1/clicks.csv for the signed-in
 * user. With a byte order mark, as this file is opened by people in spreadsheets.
 */
export async function GET(req: Request): Promise<Response> {
  // Outside the try: its redirect to /login and 403 are Next's own thrown responses.
  const actor = await requirePageActor("clicks:read");
  try {
    return csvResponse(await exportClicksCsv(actor, queryObject(req), { bom: true }));
  } catch (err) {
    return errorResponse(err);
  }
}
