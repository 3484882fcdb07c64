import { stringify } from "csv-stringify/sync";
import { assertCan, type Actor } from "../auth/roles";
import { logger } from "../logger";
import { parseClickLogQuery } from "./click-log-query";
import { toClickLogRow, type ClickLogRow } from "./click-log-row";
import { fetchClickPage, type ClickPosition } from "./fetch-click-page";
import { localDate } from "./range";

/** The columns, named as in the JSON API. */
export const CSV_COLUMNS = [
  "id",
  "at",
  "redirectId",
  "redirectName",
  "sessionId",
  "eventType",
  "properties",
  "targetUrl",
  "source",
  "isBot",
  "botReason",
  "ip",
  "userAgent",
  "browser",
  "os",
  "deviceType",
  "country",
  "referer",
  "acceptLanguage",
  "privacyReason",
  "sessionIssue",
] as const satisfies readonly (keyof ClickLogRow)[];

const DEFAULT_CHUNK_ROWS = 2_000;

export interface CsvExportOptions {
  /** A UTF-8 byte order mark first: Excel reads the file as UTF-8 only with it. */
  bom?: boolean;
  chunkRows?: number;
}

export interface CsvExport {
  filename: string;
  stream: ReadableStream<Uint8Array>;
}

/**
 * The filtered click log as RFC 4180 CSV (header row, CRLF, quoted where needed), in the
 * query's time order, without a page size: every matching click. Rows are read in keyset
 * chunks only as the reader asks for more, so memory stays that of one chunk for a million
 * rows and a client that stops reading stops the queries. The query is checked before the
 * stream is returned, so a bad one is a 400, not a broken download.
 */
export async function exportClicksCsv(actor: Actor, input: unknown, options: CsvExportOptions = {}): Promise<CsvExport> {
  assertCan(actor, "clicks:read");
  const request = parseClickLogQuery(withoutPaging(input));
  const { range } = request;
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  const lastDay = new Date(range.to.getTime() - 1);
  const filename = `clicks-${localDate(range.from, range.tz)}-${localDate(lastDay, range.tz)}.csv`;
  const encoder = new TextEncoder();
  let position: ClickPosition | null = null;
  let first = true;

  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const rows = await fetchClickPage(request, position, chunkRows);
        const records = rows.map((row) => csvRecord(toClickLogRow(row)));
        const text = stringify(first ? [[...CSV_COLUMNS], ...records] : records, {
          bom: first && options.bom,
          record_delimiter: "windows",
          // csv-stringify quotes a field with CRLF but not one with a lone CR or LF; RFC 4180
          // readers need every line break inside a field quoted.
          quoted_match: /[\r\n]/,
        });
        first = false;
        if (text) controller.enqueue(encoder.encode(text));
        const last = rows[rows.length - 1];
        if (rows.length < chunkRows) controller.close();
        else position = { dir: "next", at: last.at, id: last.id };
      } catch (err) {
        logger.error({ err }, "Click CSV export failed");
        controller.error(err);
      }
    },
  });
  return { filename, stream };
}

function csvRecord(row: ClickLogRow): string[] {
  return CSV_COLUMNS.map((column) => {
    const value = row[column];
    if (value === null) return "";
    if (typeof value === "boolean" || typeof value === "number") return String(value);
    return spreadsheetSafe(typeof value === "string" ? value : JSON.stringify(value));
  });
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or CR before one) as a formula,
 * and visitors choose their user agent, referer and session ID: "=HYPERLINK(…)" in a user
 * agent would become a live link or worse in an analyst's Excel. Such cells get a leading
 * apostrophe, which spreadsheets show as text (OWASP "CSV injection"). Only text cells: ids,
 * times and booleans never start that way. Programs that need the raw values use the JSON API.
 */
function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** An export is the whole filtered log: page position and size do not apply. */
function withoutPaging(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const rest: Record<string, unknown> = { ...input };
  delete rest.cursor;
  delete rest.limit;
  return rest;
}
