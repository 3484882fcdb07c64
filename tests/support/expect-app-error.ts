import { expect } from "vitest";
import { AppError } from "../../lib/errors";

/** Awaits a promise that must reject with an AppError of this code; returns the error. */
export async function expectAppError(p: Promise<unknown>, code: string): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  return err as AppError;
}
