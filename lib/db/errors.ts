import { AppError } from "../errors";
import { logger } from "../logger";

/**
 * Prisma's errors, recognised by shape rather than class: two generated clients (SQLite and
 * PostgreSQL) each have their own classes, and driver errors Prisma has no code for reach us
 * as the adapter's own `DriverAdapterError`.
 */
interface PrismaLikeError {
  name?: string;
  code?: string;
  message?: string;
  meta?: { driverAdapterError?: { cause?: AdapterCause }; code?: string };
  cause?: AdapterCause;
}

/** What @prisma/driver-adapter-utils reports for a driver error (its `MappedError`). */
interface AdapterCause {
  kind?: string;
  /** SQLSTATE, for kind "postgres". */
  code?: string;
  /** SQLite's extended result code, for kind "sqlite". */
  extendedCode?: number;
  constraint?: { fields?: string[] };
}

/** Prisma's error for a unique constraint, whichever driver adapter raised it. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "P2002";
}

export function isNotFound(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "P2025";
}

const NUL_TEXT = "A text value contains the NUL character (\\u0000), which cannot be stored.";
const UNPAIRED_SURROGATE = "A text value contains an unpaired UTF-16 surrogate, which cannot be stored.";
const TOO_LONG = "A value is too long to be stored.";
const NUMBER_RANGE = "A number is outside the range that can be stored.";
const DATE_RANGE = "A date is outside the range that can be stored.";
const TOO_DEEP = "A JSON value is nested too deeply to be stored.";
const TOO_LARGE = "A value is too large to be stored.";
const MISSING_REFERENCE = "A referenced record does not exist (it may just have been deleted).";
const MISSING_VALUE = "A required value is missing.";
const INVALID_VALUE = "A value in the request cannot be stored.";

const badRequest = (message: string) => new AppError("bad_request", message);

/**
 * The AppError for a database error that the request's values caused (a taken unique value, a
 * value too long or out of range, NUL in PostgreSQL text, a reference to a missing row…), or
 * null for any other error, which stays a 500. The safety net behind the zod schemas, which
 * refuse these values first wherever they know the field.
 */
export function appErrorFromDatabase(err: unknown): AppError | null {
  if (typeof err !== "object" || err === null) return null;
  const e = err as PrismaLikeError;
  const cause = e.name === "DriverAdapterError" ? e.cause : e.meta?.driverAdapterError?.cause;
  switch (e.code) {
    case "P2002": {
      const fields = cause?.constraint?.fields ?? [];
      return new AppError(
        "conflict",
        "A record with this value already exists.",
        fields.length ? Object.fromEntries(fields.map((f) => [f, ["is already taken"]])) : undefined,
      );
    }
    case "P2003":
      return badRequest(MISSING_REFERENCE);
    case "P2000":
      return badRequest(TOO_LONG);
    case "P2020":
      return badRequest(NUMBER_RANGE);
    case "P2011":
      return badRequest(MISSING_VALUE);
    case "P2004":
    case "P2006":
    case "P2007":
    case "P2019":
      return badRequest(INVALID_VALUE);
    case "P2025":
      return new AppError("not_found", "The record does not exist (it may just have been deleted).");
    case "P2010":
      // A raw query: the driver's own code is in meta.
      return fromSqlState(e.meta?.code);
  }
  if (cause?.kind === "postgres") return fromSqlState(cause.code);
  if (cause?.kind === "sqlite") return fromSqliteCode(cause.extendedCode);
  // Refused by Prisma's query compiler while serialising the request, before any database.
  if (e.name === "PrismaClientUnknownRequestError" && typeof e.message === "string") {
    if (/JSON Error: recursion limit exceeded/.test(e.message)) return badRequest(TOO_DEEP);
    if (/JSON Error: .*(hex escape|surrogate)/.test(e.message)) return badRequest(UNPAIRED_SURROGATE);
    if (/Could not convert argument value .*"\$type": String\("DateTime"\)/.test(e.message)) return badRequest(DATE_RANGE);
  }
  return null;
}

/** PostgreSQL: class 22 (data exception) and 23 (integrity) come from the values; 54000 is a value over a limit. */
function fromSqlState(code: string | undefined): AppError | null {
  if (!code) return null;
  switch (code) {
    case "22021": // character_not_in_repertoire: NUL in text
    case "22P05": // untranslatable_character: \u0000 in jsonb
      return badRequest(NUL_TEXT);
    case "22001":
      return badRequest(TOO_LONG);
    case "22003":
      return badRequest(NUMBER_RANGE);
    case "22007":
    case "22008":
      return badRequest(DATE_RANGE);
    case "23505":
      return new AppError("conflict", "A record with this value already exists.");
    case "23503":
      return badRequest(MISSING_REFERENCE);
    case "23502":
      return badRequest(MISSING_VALUE);
    case "54000":
    case "54001":
      return badRequest(TOO_LARGE);
  }
  return code.startsWith("22") || code.startsWith("23") ? badRequest(INVALID_VALUE) : null;
}

const SQLITE_TOOBIG = 18;
const SQLITE_CONSTRAINT = 19;
const SQLITE_MISMATCH = 20;

function fromSqliteCode(extendedCode: number | undefined): AppError | null {
  switch (extendedCode === undefined ? undefined : extendedCode & 0xff) {
    case SQLITE_TOOBIG:
      return badRequest(TOO_LARGE);
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
      return badRequest(INVALID_VALUE);
  }
  return null;
}

/**
 * What every adapter (REST, server actions, CLI) maps: an AppError as it is, a database error
 * the input caused as its AppError (logged, as it means a schema let the value through), or
 * null for a real failure.
 */
export function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  const mapped = appErrorFromDatabase(err);
  if (mapped) logger.warn({ err }, "database refused a value from the request");
  return mapped;
}
