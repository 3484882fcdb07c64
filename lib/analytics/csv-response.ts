import type { CsvExport } from "./export-clicks-csv";

/** The streamed download of an export: a file to save, never a cached or sniffed page. */
export function csvResponse({ filename, stream }: CsvExport): Response {
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
