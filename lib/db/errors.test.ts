import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { appErrorFromDatabase, toAppError } from "./errors";
import { Prisma } from "./generated/postgres/client";

// Shaped as Prisma 6.19 with the pg and better-sqlite3 adapters raises them (seen in
// tests/integration/input-limits.test.ts, which checks the real ones on both databases).
const known = (code: string, cause?: object) =>
  new Prisma.PrismaClientKnownRequestError("failed", {
    code,
    clientVersion: "6.19.3",
    meta: cause
      ? { modelName: "Redirect", driverAdapterError: { name: "DriverAdapterError", cause } }
      : { modelName: "Redirect" },
  });
const unknownRequest = (message: string) => new Prisma.PrismaClientUnknownRequestError(message, { clientVersion: "6.19.3" });
const driverError = (cause: object) => Object.assign(new Error("driver"), { name: "DriverAdapterError", cause });
const postgres = (code: string) => driverError({ kind: "postgres", code, originalCode: code, severity: "ERROR", message: "x" });

function mapped(err: unknown) {
  const e = appErrorFromDatabase(err);
  return e && { code: e.code, status: e.status, message: e.message, details: e.details };
}

describe("appErrorFromDatabase", () => {
  it("makes a unique violation a 409 naming the fields", () => {
    const err = known("P2002", { kind: "UniqueConstraintViolation", constraint: { fields: ["id"] } });
    expect(mapped(err)).toMatchObject({ status: 409, details: { id: ["is already taken"] } });
    expect(mapped(postgres("23505"))).toMatchObject({ status: 409 });
  });

  it.each([
    ["22021", /NUL/],
    ["22P05", /NUL/],
    ["22001", /too long/],
    ["22003", /number/],
    ["22008", /date/],
    ["23503", /referenced record/],
    ["23502", /missing/],
    ["54000", /too large/],
    ["22P02", /cannot be stored/],
  ])("makes PostgreSQL's SQLSTATE %s a 400", (code, message) => {
    expect(mapped(postgres(code))).toMatchObject({ code: "bad_request", status: 400, message: expect.stringMatching(message) });
  });

  it.each([
    ["P2000", /too long/],
    ["P2003", /referenced record/],
    ["P2011", /missing/],
    ["P2020", /number/],
  ])("makes Prisma's %s a 400", (code, message) => {
    expect(mapped(known(code))).toMatchObject({ status: 400, message: expect.stringMatching(message) });
  });

  it("makes a record that vanished a 404", () => {
    expect(mapped(known("P2025"))).toMatchObject({ status: 404 });
  });

  it("maps what Prisma's query compiler refuses before the database sees it", () => {
    expect(
      mapped(
        unknownRequest("Invalid `tx.redirect.create()` invocation:\n\nJSON Error: recursion limit exceeded at line 1 column 789"),
      ),
    ).toMatchObject({
      status: 400,
      message: expect.stringMatching(/nested too deeply/),
    });
    expect(
      mapped(unknownRequest("Invalid invocation:\n\nJSON Error: unexpected end of hex escape at line 1 column 91")),
    ).toMatchObject({
      status: 400,
      message: expect.stringMatching(/unpaired UTF-16 surrogate/),
    });
    expect(
      mapped(
        unknownRequest(
          'Could not convert argument value Object {"$type": String("DateTime"), "value": String("+010000-01-01T00:00:00.000Z")} to ArgumentValue.',
        ),
      ),
    ).toMatchObject({ status: 400, message: expect.stringMatching(/date/) });
  });

  it("maps SQLite's TOOBIG and constraint codes", () => {
    expect(mapped(driverError({ kind: "sqlite", extendedCode: 18, message: "string or blob too big" }))).toMatchObject({
      status: 400,
    });
    expect(mapped(driverError({ kind: "sqlite", extendedCode: 275, message: "CHECK constraint failed" }))).toMatchObject({
      status: 400,
    });
  });

  it("leaves every other failure alone, so it stays a 500", () => {
    expect(appErrorFromDatabase(new Error("boom"))).toBeNull();
    expect(appErrorFromDatabase(postgres("57P01"))).toBeNull(); // admin shutdown
    expect(appErrorFromDatabase(postgres("40001"))).toBeNull(); // serialization failure
    expect(appErrorFromDatabase(driverError({ kind: "sqlite", extendedCode: 5, message: "database is locked" }))).toBeNull();
    expect(appErrorFromDatabase(known("P2034"))).toBeNull(); // write conflict
    expect(appErrorFromDatabase(unknownRequest("Engine crashed"))).toBeNull();
    expect(appErrorFromDatabase(Object.assign(new Error("refused"), { code: "ECONNREFUSED" }))).toBeNull();
    expect(appErrorFromDatabase(null)).toBeNull();
  });
});

describe("toAppError", () => {
  it("passes AppErrors through and maps database errors", () => {
    const app = new AppError("forbidden", "no");
    expect(toAppError(app)).toBe(app);
    expect(toAppError(postgres("22021"))?.status).toBe(400);
    expect(toAppError(new TypeError("bug"))).toBeNull();
  });
});
