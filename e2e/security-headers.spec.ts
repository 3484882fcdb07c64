import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { E2E } from "./env";
import { cli, openWith, signIn, withDb } from "./support";

const ID = "e2e-csp";
/** Everything the pasted email asks for lives under here; the target server logs what is fetched. */
const PROBE_PATH = `/csp-probe/${Date.now().toString(36)}`;
const PROBE = `${E2E.targetUrl}${PROBE_PATH}`;
const EMAIL = `<!doctype html>
<html><head>
<meta http-equiv="refresh" content="0;url=${PROBE}/refresh">
<link rel="stylesheet" href="${PROBE}/style.css">
<link rel="preload" as="image" href="${PROBE}/preload.png">
<script src="${PROBE}/script.js"></script>
<style>@import url("${PROBE}/import.css"); .hero { background: url("${PROBE}/background.png"); }</style>
</head><body>
<div class="hero">Spring sale</div>
<img src="${PROBE}/image.png" alt="A remote picture" width="40" height="40">
<p style="background-image: url('${PROBE}/inline.png')">Hello!</p>
<a href="${E2E.targetUrl}/offer">See the offer</a>
</body></html>`;
/** What the email loads once remote content is allowed: images, stylesheets and their imports. */
const REMOTE = ["/image.png", "/style.css", "/import.css", "/background.png", "/inline.png"];

test.describe.configure({ mode: "serial" });

/** Every Content-Security-Policy report the browser logs, from the page and its frames. */
function cspReports(page: Page): string[] {
  const reports: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) reports.push(message.text());
  });
  return reports;
}

/** What the target server was asked for under PROBE, as it saw it (a blocked load never gets there). */
async function probed(request: APIRequestContext): Promise<string[]> {
  const paths = (await (await request.get(`${E2E.targetUrl}/csp-probe-log`)).json()) as string[];
  return paths.filter((p) => p.startsWith(`${PROBE_PATH}/`)).map((p) => p.slice(PROBE_PATH.length));
}

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

test.beforeAll(() => {
  cli("create-redirect", "--json", JSON.stringify({ id: ID, name: "E2E CSP", targetUrl: `${E2E.targetUrl}/csp` }));
});

test("admin pages carry a policy whose fresh nonce is on every script; the public endpoints do not, and no HSTS over http", async ({
  page,
}) => {
  await signIn(page, E2E.admin.email, E2E.admin.password);
  const first = (await page.goto("/"))!;
  const policy = first.headers()["content-security-policy"];
  expect(policy).toContain("script-src 'self' 'nonce-");
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("img-src 'self' data: blob:;");
  const nonce = nonceOf(policy)!;
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(new Set(scripts)).toEqual(new Set([nonce]));
  expect(first.headers()["strict-transport-security"]).toBeUndefined();

  const again = (await page.goto("/clicks"))!;
  expect(nonceOf(again.headers()["content-security-policy"])).not.toBe(nonce);

  for (const path of [`/redirect/${ID}`, "/l/not-a-token", "/o/not-a-token.gif"]) {
    // HEAD: answered like GET, without recording a click.
    const answer = await page.request.head(path, { maxRedirects: 0 });
    expect(answer.headers()["content-security-policy"], path).toBeUndefined();
  }
});

test("the app works under it: dashboard, a redirect with its QR code, a dialog, the not-found page, sign-out and sign-in report no violation", async ({
  page,
}) => {
  // One click, so the dashboard and the redirect's page draw their charts.
  await page.request.get(`/redirect/${ID}/s-e2e-csp`, { maxRedirects: 0 });
  await expect
    .poll(() => withDb((db) => db.prepare(`SELECT count(*) AS n FROM "Click" WHERE redirectId = ?`).get(ID)))
    .toEqual({ n: 1 });
  const reports = cspReports(page);
  await signIn(page, E2E.admin.email, E2E.admin.password);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();

  await page.goto(`/redirects/${ID}`);
  const qr = page.getByRole("img", { name: `QR code for ${E2E.baseUrl}/redirect/${ID}` });
  await expect(qr).toBeVisible();
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();

  await page.goto("/settings/signing-keys");
  const dialog = page.getByRole("dialog", { name: "Rotate the signing key?" });
  await openWith(page.getByRole("button", { name: "Rotate key" }), dialog);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  // The not-found page of an unknown address is rendered per request too, with the nonce.
  expect((await page.goto("/no-such-page"))!.status()).toBe(404);
  await expect(page.getByText("Page not found")).toBeVisible();
  await page.getByRole("link", { name: "Back to the dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, E2E.admin.email, E2E.admin.password);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  expect(reports).toEqual([]);
});

test("the email preview loads nothing remote until asked, then images and styles but never scripts", async ({
  page,
  request,
}) => {
  const reports = cspReports(page);
  await signIn(page, E2E.admin.email, E2E.admin.password);

  // Reached by client-side navigation, the page reloads itself to carry the email page's policy.
  await page.getByRole("link", { name: "Tracked email" }).first().click();
  await expect(page).toHaveURL(/\/email$/);
  await expect
    .poll(() =>
      page
        .evaluate(() => new URL(performance.getEntriesByType("navigation")[0].name).pathname)
        // The reload under way destroys the context being asked.
        .catch(() => null),
    )
    .toBe("/email");

  const form = page.getByRole("form", { name: "Email to track" });
  await form.getByLabel("Email HTML").fill(EMAIL);
  await form.getByRole("button", { name: "Rewrite" }).click();
  const preview = page.locator('iframe[title="Preview of the tracked email"]');
  await expect(preview).toBeVisible();
  await expect(preview.contentFrame().getByText("Spring sale")).toBeVisible();
  // The browser weighs each remote load, late ones found at layout included, and refuses it
  // under the preview's own policy, saying so; none reaches the target server.
  for (const wanted of REMOTE) {
    await expect.poll(() => reports.some((r) => r.includes(`${PROBE}${wanted}`)), { message: wanted }).toBe(true);
  }
  expect(await probed(request)).toEqual([]);

  const toggle = page.getByRole("checkbox", { name: "Load remote images" });
  await toggle.check();
  for (const wanted of REMOTE) {
    await expect.poll(() => probed(request), { message: wanted }).toContain(wanted);
  }
  await page.screenshot({ path: "test-results/e2e-artifacts/email-preview-remote-on.png", fullPage: true });
  const fetched = await probed(request);
  expect(fetched).not.toContain("/script.js");
  expect(fetched).not.toContain("/refresh");
  expect(fetched).not.toContain("/preload.png");

  // Only the preview's blocked loads were reported, never anything of the app itself.
  expect(reports.filter((r) => !r.includes(PROBE))).toEqual([]);
});
