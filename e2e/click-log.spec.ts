import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { E2E } from "./env";
import { cli, signIn, withDb } from "./support";

const ID = "e2e-click-log";
const VIEWER = { email: "log-viewer@e2e.test", password: "log-viewer-password" };
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0";
const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
/** Session → user agents of its clicks, one click each. */
const CLICKS: [string, string][] = [
  ["s-log-1", FIREFOX],
  ["s-log-2", FIREFOX],
  ["s-log-2", CHROME],
  ["s-log-2", "curl/8.5.0"],
  ["s-log-3", CHROME],
];

interface DbClick {
  id: number;
  sessionId: string;
  isBot: number;
  userAgent: string;
}

let viewerKey: string;

function clicksOf(sessionId: string): DbClick[] {
  return withDb(
    (db) =>
      db
        .prepare(
          `SELECT id, sessionId, isBot, userAgent FROM "Click" WHERE redirectId = ? AND sessionId = ? ORDER BY at DESC, id DESC`,
        )
        .all(ID, sessionId) as DbClick[],
  );
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  cli("create-user", "--email", VIEWER.email, "--password", VIEWER.password, "--role", "viewer");
  viewerKey = cli("create-api-key", "--name", "e2e-log-viewer", "--role", "viewer").match(/ct_\w+/)![0];
  const adminKey = cli("create-api-key", "--name", "e2e-log-admin", "--role", "admin").match(/ct_\w+/)![0];
  const created = await request.post("/api/v1/redirects", {
    headers: { authorization: `Bearer ${adminKey}` },
    data: { id: ID, name: "E2E click log", targetUrl: `${E2E.targetUrl}/log`, eventProperties: { campaign: "e2e-log" } },
  });
  expect(created.status()).toBe(201);
  for (const [session, userAgent] of CLICKS) {
    const res = await request.get(`/redirect/${ID}/${session}`, { maxRedirects: 0, headers: { "user-agent": userAgent } });
    expect(res.status()).toBe(302);
  }
  // Clicks are written just after the redirect answers.
  await expect
    .poll(() => withDb((db) => (db.prepare(`SELECT count(*) AS n FROM "Click" WHERE redirectId = ?`).get(ID) as { n: number }).n))
    .toBe(CLICKS.length);
});

test("a viewer opens the log filtered by the URL, reads a click's details and downloads the CSV", async ({ page }) => {
  const expected = clicksOf("s-log-2");
  expect(expected).toHaveLength(3);

  await signIn(page, VIEWER.email, VIEWER.password);
  await page.goto(`/clicks?redirect=${ID}&session=s-log-2&range=24h&tz=UTC`);
  await expect(page.getByRole("heading", { name: "Clicks", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Session ID", { exact: true })).toHaveValue("s-log-2");

  const rows = page.locator("table tbody tr");
  await expect(rows).toHaveCount(expected.length);
  for (const [i, click] of expected.entries()) {
    await expect(rows.nth(i)).toContainText("E2E click log");
    await expect(rows.nth(i)).toContainText("s-log-2");
    await expect(rows.nth(i)).toContainText(click.isBot ? "Bot" : "Human");
  }

  await rows.first().click();
  const dialog = page.getByRole("dialog", { name: `Click ${expected[0].id}` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(expected[0].userAgent);
  await expect(dialog).toContainText('"campaign": "e2e-log"');
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^clicks-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFFid,at,redirectId,")).toBe(true);
  const lines = csv.trimEnd().split("\r\n");
  expect(lines.slice(1).map((line) => Number(line.split(",")[0]))).toEqual(expected.map((c) => c.id));
});

test("a filter changed in the bar lands in the URL and narrows the rows", async ({ page }) => {
  await signIn(page, VIEWER.email, VIEWER.password);
  await page.goto(`/clicks?redirect=${ID}&range=24h&tz=UTC`);
  await expect(page.locator("table tbody tr")).toHaveCount(CLICKS.length);
  await page.getByLabel("Visitor", { exact: true }).selectOption("bot");
  await expect(page).toHaveURL(/kind=bot/);
  const bots = withDb((db) => db.prepare(`SELECT sessionId FROM "Click" WHERE redirectId = ? AND isBot = 1`).all(ID)) as {
    sessionId: string;
  }[];
  expect(bots).toEqual([{ sessionId: "s-log-2" }]);
  await expect(page.locator("table tbody tr")).toHaveCount(1);
  await expect(page.locator("table tbody tr").first()).toContainText("Bot");
  await expect(page.locator("table tbody tr").first()).toContainText("s-log-2");
});

test("the column menu shows more fields and remembers the choice", async ({ page }) => {
  await signIn(page, VIEWER.email, VIEWER.password);
  await page.goto(`/clicks?redirect=${ID}&session=s-log-1&range=24h&tz=UTC`);
  await expect(page.getByRole("columnheader", { name: "User agent" })).toHaveCount(0);
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("checkbox", { name: "User agent" }).check();
  await expect(page.getByRole("columnheader", { name: "User agent" })).toBeVisible();
  await expect(page.locator("table tbody tr").first()).toContainText(FIREFOX);
  await page.reload();
  await expect(page.getByRole("columnheader", { name: "User agent" })).toBeVisible();
});

test("bad values in the URL are left out with a notice, never an error page", async ({ page }) => {
  await signIn(page, VIEWER.email, VIEWER.password);
  const res = await page.goto(`/clicks?redirect=${ID}&kind=robots&limit=100000&from=2026-13-45&to=x&tz=UTC`);
  expect(res?.status()).toBe(200);
  const notice = page.getByRole("status").filter({ hasText: "were not valid" });
  await expect(notice).toContainText("kind must be one of all, human, bot");
  await expect(notice).toContainText("limit must be at most 500");
  await expect(page.locator("table tbody tr")).toHaveCount(CLICKS.length);
});

test("the API lists and exports the same clicks for a viewer's key, and refuses a huge page", async ({ request }) => {
  const headers = { authorization: `Bearer ${viewerKey}` };
  const list = await request.get(`/api/v1/clicks?redirect=${ID}&session=s-log-2&range=24h`, { headers });
  expect(list.status()).toBe(200);
  expect((await list.json()).data.map((c: { id: number }) => c.id)).toEqual(clicksOf("s-log-2").map((c) => c.id));

  const csv = await request.get(`/api/v1/clicks.csv?redirect=${ID}&range=24h`, { headers });
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect((await csv.text()).trimEnd().split("\r\n")).toHaveLength(CLICKS.length + 1);

  const huge = await request.get(`/api/v1/clicks?limit=1000000`, { headers });
  expect(huge.status()).toBe(400);
  expect((await huge.json()).error.details.limit).toEqual(["must be at most 500"]);
});

test("the CSV download needs a signed-in user", async ({ request }) => {
  const res = await request.get(`/clicks/export?redirect=${ID}`, { maxRedirects: 0 });
  expect(res.status()).toBeGreaterThanOrEqual(300);
  expect(res.status()).toBeLessThan(400);
  expect(res.headers()["location"]).toMatch(/\/login/);
});
