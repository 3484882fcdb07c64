import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, type Locator, type Page } from "@playwright/test";
import { E2E } from "./env";

/** Runs the real CLI against the e2e database, as an operator would. */
export function cli(...args: string[]): string {
  return execFileSync("npx", ["tsx", "cli/index.ts", ...args], {
    env: { ...process.env, DATABASE_URL: E2E.databaseUrl, AUTH_SECRET: E2E.authSecret, LOG_LEVEL: "silent" },
    encoding: "utf8",
  });
}

/** Direct reads (and the one role change a test needs) on the app's SQLite file. */
export function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(path.resolve(E2E.databaseUrl.replace(/^file:/, "")), { timeout: 5000 });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/**
 * Waits until React has taken over `element` (hydration marks each element it takes with a
 * __reactProps property). A form sent before that goes out natively, not through the app: the
 * login form then reloads itself with the fields in the URL.
 */
export async function hydrated(element: Locator) {
  const taken = () => element.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps$")));
  // Loading and running the page's scripts takes seconds on a loaded machine.
  await expect.poll(taken, { timeout: 15_000 }).toBe(true);
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await hydrated(page.locator("form"));
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Checking the password (argon2) and drawing the dashboard take seconds on a loaded machine.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 15_000 });
}

/**
 * Clicks a button that opens something in the browser until it shows: a click that lands
 * before React has hydrated the page does nothing, and a page right after goto may not be.
 */
export async function openWith(button: Locator, opened: Locator) {
  await expect(async () => {
    if (!(await opened.isVisible())) await button.click();
    await expect(opened).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
