import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { E2E } from "./env";
import { cli, signIn, withDb } from "./support";

const ID = "e2e-analytics";
const VIEWER = { email: "analytics-viewer@e2e.test", password: "analytics-viewer-password" };
/** Three people and one link-preview bot, each with its own session. */
const VISITORS = [
  {
    session: "an-chrome",
    ua: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
  },
  { session: "an-firefox", ua: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0" },
  {
    session: "an-iphone",
    ua: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  },
  { session: "an-slack", ua: "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)" },
];

const numberFormat = new Intl.NumberFormat("en");

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  cli("create-user", "--email", VIEWER.email, "--password", VIEWER.password, "--role", "viewer");
  cli("create-redirect", "--json", JSON.stringify({ id: ID, name: "E2E analytics", targetUrl: `${E2E.targetUrl}/landing` }));
  for (const v of VISITORS) {
    const res = await request.get(`/redirect/${ID}/${v.session}`, { headers: { "user-agent": v.ua }, maxRedirects: 0 });
    expect(res.status()).toBe(302);
  }
  // Clicks are written just after the redirect answers.
  await expect
    .poll(() => withDb((db) => (db.prepare(`SELECT count(*) AS n FROM "Click" WHERE redirectId = ?`).get(ID) as { n: number }).n))
    .toBe(VISITORS.length);
});

/** The figure on a stat card, matched whole (12 must not pass for 120). */
async function expectStat(page: Page, label: string, value: number) {
  await expect(page.getByRole("group", { name: label })).toHaveText(
    new RegExp(`^${label}${numberFormat.format(value)}(?![\\d,])`),
  );
}

function counts(where: string, ...args: unknown[]) {
  return withDb((db) => {
    const row = db
      .prepare(`SELECT count(*) AS total, coalesce(sum(isBot), 0) AS bot FROM "Click" WHERE ${where}`)
      .get(...args) as { total: number; bot: number };
    return { total: row.total, bot: row.bot, human: row.total - row.bot };
  });
}

test("the overview of the last 24 hours in Berlin time matches the database", async ({ page }) => {
  await signIn(page, E2E.admin.email, E2E.admin.password);
  await page.goto("/?range=24h&tz=Europe/Berlin");
  // The 24-hour range ends with the current hour: it starts 23 whole hours before this one.
  const hour = 3_600_000;
  const from = new Date(Math.floor(Date.now() / hour) * hour - 23 * hour).toISOString().replace("Z", "+00:00");
  const expected = counts("at >= ?", from);
  expect(expected.total).toBeGreaterThanOrEqual(VISITORS.length);

  await expectStat(page, "Total clicks", expected.total);
  await expectStat(page, "Human clicks", expected.human);
  await expectStat(page, "Bot clicks", expected.bot);
  await expect(page.getByRole("group", { name: "Date range" }).getByRole("button", { name: "24 h" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
  await expect(page.getByRole("heading", { name: "Clicks per hour" })).toBeVisible();

  const perRedirect = page.getByRole("list", { name: "Clicks per redirect" });
  await expect(perRedirect.getByRole("link", { name: /E2E analytics/ })).toHaveAttribute(
    "href",
    `/redirects/${ID}?range=24h&tz=Europe%2FBerlin`,
  );
  const latest = page.getByRole("table", { name: "Latest clicks" });
  await expect(latest.getByRole("row").filter({ hasText: "an-firefox" })).toContainText("Firefox · Windows · desktop");
  await expect(latest.getByRole("row").filter({ hasText: "an-slack" })).toContainText("Bot");
});

test("a redirect's page shows its own figures for the range in the URL", async ({ page }) => {
  await signIn(page, E2E.admin.email, E2E.admin.password);
  await page.goto(`/redirects/${ID}?range=7d&tz=Europe/Berlin`);
  const expected = counts("redirectId = ?", ID);
  expect(expected).toEqual({ total: 4, bot: 1, human: 3 });
  await expectStat(page, "Total clicks", expected.total);
  await expectStat(page, "Human clicks", expected.human);
  await expectStat(page, "Bot clicks", expected.bot);
  await expect(page.getByRole("group", { name: "Date range" }).getByRole("button", { name: "7 d" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // Ranked by clicks, then by name; a click whose browser is not known is listed as Unknown.
  const browsers = withDb(
    (db) =>
      db.prepare(`SELECT coalesce(browser, '') AS name, count(*) AS n FROM "Click" WHERE redirectId = ? GROUP BY 1`).all(ID) as {
        name: string;
        n: number;
      }[],
  )
    .map((b) => ({ label: b.name || "Unknown", n: b.n }))
    .sort((x, y) => y.n - x.n || x.label.localeCompare(y.label));
  expect(browsers.length).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole("list", { name: "Browsers" }).getByRole("listitem")).toHaveText(
    browsers.map((b) => `${b.label}${b.n}`),
  );
  const sessions = page.getByRole("list", { name: "Top sessions" });
  for (const v of VISITORS) await expect(sessions).toContainText(v.session);
  await expect(sessions.getByRole("link", { name: /an-chrome/ })).toHaveAttribute(
    "href",
    /^\/clicks\?session=an-chrome&range=7d&tz=Europe%2FBerlin$/,
  );

  // A preset writes the URL, keeping the zone, so the view can be shared as it is.
  await page.getByRole("button", { name: "24 h" }).click();
  await expect(page).toHaveURL(/[?&]range=24h&tz=Europe%2FBerlin$/);
  await expectStat(page, "Total clicks", expected.total);
});

test("the QR code downloads as PNG and SVG and needs a session", async ({ page, request }) => {
  await signIn(page, E2E.admin.email, E2E.admin.password);
  await page.goto(`/redirects/${ID}`);
  const image = page.getByRole("img", { name: `QR code for ${E2E.baseUrl}/redirect/${ID}` });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /^PNG/ }).click()]);
  expect(png.suggestedFilename()).toBe(`qr-${ID}.png`);
  expect(fs.readFileSync((await png.path())!).subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /^SVG/ }).click()]);
  expect(svg.suggestedFilename()).toBe(`qr-${ID}.svg`);
  expect(fs.readFileSync((await svg.path())!, "utf8")).toMatch(/^<svg [^>]*width="1024"/);

  expect((await request.get(`/redirects/${ID}/qr?format=png`)).status()).toBe(401);
  expect((await page.request.get(`/redirects/${ID}/qr?size=99999`)).status()).toBe(400);
  expect((await page.request.get(`/redirects/no-such-redirect/qr`)).status()).toBe(404);
});

test("a viewer sees the analytics and QR code but nothing that changes data", async ({ page }) => {
  await signIn(page, VIEWER.email, VIEWER.password);
  await page.goto(`/redirects/${ID}?range=7d&tz=Europe/Berlin`);
  await expectStat(page, "Total clicks", 4);
  await expect(page.getByRole("link", { name: /^PNG/ })).toBeVisible();
  for (const name of ["Edit", "Pause", "Delete"]) {
    await expect(page.getByRole("button", { name, exact: true }).or(page.getByRole("link", { name, exact: true }))).toHaveCount(
      0,
    );
  }
  await page.goto("/?range=24h&tz=Europe/Berlin");
  await expect(page.getByRole("group", { name: "Total clicks" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New redirect" })).toHaveCount(0);

  // The live toggle is the reader's own choice: it survives a reload.
  const live = page.getByRole("switch", { name: "Live" });
  await live.click();
  await expect(live).toHaveAttribute("aria-checked", "true");
  await page.reload();
  await expect(page.getByRole("switch", { name: "Live" })).toHaveAttribute("aria-checked", "true");
});

test("a custom range is picked from two days, and one that ends before it starts is refused", async ({ page }) => {
  await signIn(page, E2E.admin.email, E2E.admin.password);
  await page.goto("/?range=7d&tz=UTC");
  await page.getByRole("group", { name: "Date range" }).getByRole("button", { name: "Custom" }).click();
  const today = new Date().toISOString().slice(0, 10);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("From", { exact: true }).fill(today);
  await page.getByLabel("To", { exact: true }).fill(yesterday);
  await page.getByRole("button", { name: "Apply" }).click();
  // The browser keeps the form (To is below its minimum): the URL still shows the preset.
  await expect(page).toHaveURL(/range=7d/);
  await page.getByLabel("From", { exact: true }).fill(yesterday);
  await page.getByLabel("To", { exact: true }).fill(today);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(
    new RegExp(`range=custom.*from=${yesterday}.*to=${today}|range=custom.*to=${today}.*from=${yesterday}`),
  );
  const expected = counts(
    "at >= ? AND at < ?",
    `${yesterday}T00:00:00.000+00:00`,
    `${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}T00:00:00.000+00:00`,
  );
  await expectStat(page, "Total clicks", expected.total);
  await expect(page.getByRole("heading", { name: "Clicks per hour" })).toBeVisible();
});
