import { expect, test, type Page } from "@playwright/test";
import { E2E } from "./env";
import { signIn, withDb } from "./support";

const ID = "e2e-promo";
const SESSION = "s-e2e-1";

test.describe.configure({ mode: "serial" });

test.beforeEach(async ({ page }) => {
  await signIn(page, E2E.admin.email, E2E.admin.password);
});

/** Server actions are POSTs to the page with a Next-Action header: each one is a round trip. */
function countServerActions(page: Page): () => number {
  let sent = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) sent += 1;
  });
  return () => sent;
}

test("create a redirect: inline errors first, nothing stored, then saved", async ({ page }) => {
  const serverActions = countServerActions(page);
  await page.goto("/redirects");
  await page.getByRole("link", { name: "New redirect" }).first().click();
  await expect(page).toHaveURL(/\/redirects\/new$/);

  await page.getByLabel(/^ID( optional)?$/).fill(ID);
  await page.getByLabel("Name", { exact: true }).fill("E2E winter promo");
  await page.getByLabel("Target URL", { exact: true }).fill("javascript:alert(1)");
  await page.getByLabel("Tracking days", { exact: true }).fill("");
  await page.getByLabel("Value 1", { exact: true }).fill("winter");
  await page.getByRole("button", { name: "Create redirect" }).click();
  // The server's schema, run in the browser: its messages, the first invalid field focused, nothing sent.
  const target = page.getByLabel("Target URL", { exact: true });
  await expect(target).toHaveAttribute("aria-invalid", "true");
  await expect(target).toHaveAccessibleDescription(/must be an absolute http:\/\/ or https:\/\/ URL/);
  await expect(target).toBeFocused();
  await expect(page.getByLabel("Tracking days", { exact: true })).toHaveAccessibleDescription(/must be a number/);
  await expect(page.getByLabel("Key 1", { exact: true })).toHaveAccessibleDescription("needs a key");
  expect(serverActions()).toBe(0);
  expect(withDb((db) => db.prepare(`SELECT count(*) AS n FROM "Redirect" WHERE id = ?`).get(ID))).toEqual({ n: 0 });

  // Once submitted, an edit checks its field again: the error goes as soon as the value is valid.
  await target.fill(`${E2E.targetUrl}/landing`);
  await expect(target).not.toHaveAttribute("aria-invalid");
  await page.getByLabel("Tracking days", { exact: true }).fill("400");
  await page.getByLabel("Event type", { exact: true }).fill("promo.click");
  await page.getByLabel("Key 1", { exact: true }).fill("campaign");
  await page.getByLabel(/^Tags( optional)?$/).fill("newsletter");
  await page.getByLabel(/^Tags( optional)?$/).press("Enter");
  await page.getByRole("button", { name: "Create redirect" }).click();

  await expect(page).toHaveURL(new RegExp(`/redirects/${ID}$`));
  await expect(page.getByText(`${E2E.baseUrl}/redirect/${ID}`, { exact: true })).toBeVisible();
  await expect(page.getByText(`${E2E.baseUrl}/redirect/${ID}/{{session@id}}`)).toBeVisible();
  const row = withDb((db) => db.prepare(`SELECT targetUrl, eventType, eventProperties FROM "Redirect" WHERE id = ?`).get(ID)) as {
    targetUrl: string;
    eventType: string;
    eventProperties: string;
  };
  expect(row.targetUrl).toBe(`${E2E.targetUrl}/landing`);
  expect(row.eventType).toBe("promo.click");
  expect(JSON.parse(row.eventProperties)).toEqual({ campaign: "winter" });
});

test("a taken ID is refused by the server next to the ID field", async ({ page }) => {
  const serverActions = countServerActions(page);
  await page.goto("/redirects/new");
  await page.getByLabel(/^ID( optional)?$/).fill(ID);
  await page.getByLabel("Name", { exact: true }).fill("Duplicate");
  await page.getByLabel("Target URL", { exact: true }).fill("https://example.com/dup");
  await page.getByRole("button", { name: "Create redirect" }).click();
  const alert = page.locator("form").getByRole("alert");
  await expect(alert).toContainText(`The ID "${ID}" is already taken.`);
  await expect(alert).toContainText("See the fields marked below.");
  const idField = page.getByLabel(/^ID( optional)?$/);
  await expect(idField).toHaveAttribute("aria-invalid", "true");
  await expect(idField).toHaveAccessibleDescription(/is already taken/);
  await expect(idField).toBeFocused();
  expect(serverActions()).toBe(1);

  // The browser cannot know which IDs are taken: editing the ID takes the server's verdict away.
  await idField.fill(`${ID}-2`);
  await expect(idField).not.toHaveAttribute("aria-invalid");
});

const REAL_CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";

test("following the session link lands on the target and the click shows in the dashboard", async ({
  page,
  request,
  browser,
}) => {
  const head = await request.head(`/redirect/${ID}/${SESSION}`, { maxRedirects: 0 });
  expect(head.status()).toBe(302);
  expect(head.headers()["location"]).toBe(`${E2E.targetUrl}/landing`);
  expect(head.headers()["cache-control"]).toBe("private, no-store");

  // A recipient's own browser (headless Chromium would rightly be flagged as a bot).
  const recipient = await browser.newContext({ userAgent: REAL_CHROME });
  const tab = await recipient.newPage();
  await tab.goto(`${E2E.baseUrl}/redirect/${ID}/${SESSION}`);
  await expect(tab).toHaveURL(`${E2E.targetUrl}/landing`);
  await expect(tab.getByRole("heading", { name: "Welcome to the landing page" })).toBeVisible();
  await recipient.close();

  // The click is written just after the redirect answers.
  await expect
    .poll(() => withDb((db) => db.prepare(`SELECT count(*) AS n FROM "Click" WHERE sessionId = ?`).get(SESSION)))
    .toEqual({ n: 1 });
  const total = withDb((db) => (db.prepare(`SELECT count(*) AS n FROM "Click"`).get() as { n: number }).n);

  await page.goto("/");
  const latest = page.getByRole("table", { name: /latest clicks/i });
  const row = latest.getByRole("row").filter({ hasText: SESSION });
  await expect(row).toContainText("E2E winter promo");
  await expect(row).toContainText("Chrome · Linux · desktop");
  await expect(row).toContainText("Human");
  await expect(page.getByRole("group", { name: "Total clicks" })).toContainText(String(total));
  await expect(page.getByRole("list", { name: /clicks per redirect/i })).toContainText("E2E winter promo");
});

test("the list finds the redirect by text and tag and shows its clicks", async ({ page }) => {
  await page.goto("/redirects?q=winter");
  const row = page.getByRole("row").filter({ hasText: ID });
  await expect(row).toContainText("newsletter");
  await expect(row).toContainText("1");
  await page.goto("/redirects?q=no-such-thing-at-all");
  await expect(page.getByText("No redirects match these filters")).toBeVisible();
});

test("pause, resume and delete with confirmation", async ({ page, request }) => {
  await page.goto(`/redirects/${ID}`);
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
  expect((await request.get(`/redirect/${ID}`, { maxRedirects: 0 })).status()).toBe(404);

  await page.getByRole("button", { name: "Resume" }).click();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  expect((await request.get(`/redirect/${ID}`, { maxRedirects: 0 })).status()).toBe(302);

  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("can never be used again");
  await dialog.getByRole("button", { name: "Delete redirect" }).click();
  await expect(page).toHaveURL(/\/redirects$/);
  expect((await request.get(`/redirect/${ID}`, { maxRedirects: 0 })).status()).toBe(404);
  await page.goto(`/redirects?q=${ID}`);
  await expect(page.getByRole("row").filter({ hasText: ID })).toHaveCount(0);
});
