import { expect, test, type Page } from "@playwright/test";
import { verifySignature } from "../lib/webhooks/signature";
import { E2E } from "./env";
import { openWith, signIn } from "./support";

const RECEIVER = "E2E receiver";
const FAILING = "E2E failing receiver";
const REDIRECT_ID = "e2e-hooked";
const REAL_CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";

test.describe.configure({ mode: "serial" });

interface Received {
  headers: Record<string, string>;
  body: string;
}

/** Shown once at creation; the receiver's signatures are checked with it. */
let receiverSecret = "";

test.beforeEach(async ({ page }) => {
  await signIn(page, E2E.admin.email, E2E.admin.password);
});

/** Creates a destination for every event through the form and returns its secret. */
async function createDestination(page: Page, name: string, url: string): Promise<string> {
  await page.goto("/settings/webhooks");
  const form = page.getByRole("form", { name: "New destination" });
  await openWith(page.getByRole("button", { name: "New destination" }), form);
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("URL", { exact: true }).fill(url);
  await form.getByRole("button", { name: "Create destination" }).click();
  const dialog = page.getByRole("dialog", { name: "Signing secret" });
  const secret = await dialog.getByLabel("Secret", { exact: true }).inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  return secret;
}

async function openLog(page: Page, name: string) {
  await page.goto("/settings/webhooks");
  await page.getByRole("table", { name: "Webhook destinations" }).getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/webhooks\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

const deliveries = (page: Page) => page.getByRole("table", { name: "Deliveries" });

test("a test event is delivered, logged with its attempt and signed with the destination's secret", async ({ page, request }) => {
  receiverSecret = await createDestination(page, RECEIVER, `${E2E.targetUrl}/webhook`);
  await openLog(page, RECEIVER);
  await expect(page.getByText("No events sent yet")).toBeVisible();
  await expect(page.getByRole("button", { name: "Redeliver all failed (0)" })).toBeDisabled();

  await page.getByRole("button", { name: "Send test event" }).click();
  await expect(page.getByText(/^Delivered: HTTP 204 in \d+ ms$/)).toBeVisible();
  const row = deliveries(page).getByRole("row").filter({ hasText: "webhook.test" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Test");
  await expect(row).toContainText("Delivered");
  await expect(row).toContainText("HTTP 204");

  const toggle = row.getByRole("button", { name: /^Attempts of evt_test_/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const attempts = page.getByRole("table", { name: /^Attempts of evt_test_/ });
  await expect(attempts.getByRole("row")).toHaveCount(2);
  await expect(attempts).toContainText("204");
  await expect(attempts).toContainText(/\d+ ms/);
  await expect(attempts).toContainText("Empty response");

  const received = (await (await request.get(`${E2E.targetUrl}/webhook/received`)).json()) as Received[];
  const tests = received.filter((r) => JSON.parse(r.body).type === "webhook.test");
  expect(tests).toHaveLength(1);
  const [sent] = tests;
  const eventId = (await toggle.getAttribute("aria-label"))!.replace(/^Attempts of /, "");
  expect(JSON.parse(sent.body).id).toBe(eventId);
  expect(sent.headers["clicktrail-event-id"]).toBe(eventId);
  expect(verifySignature(sent.headers["clicktrail-signature"], sent.body, Buffer.from(receiverSecret, "hex"))).toEqual({
    ok: true,
  });
  // The check really depends on the secret.
  expect(verifySignature(sent.headers["clicktrail-signature"], sent.body, Buffer.alloc(32))).toEqual({
    ok: false,
    reason: "mismatch",
  });
});

test("a failing receiver's answer is shown: HTTP 500 with its response", async ({ page }) => {
  await createDestination(page, FAILING, `${E2E.targetUrl}/webhook-fail`);
  await openLog(page, FAILING);

  await page.getByRole("button", { name: "Send test event" }).click();
  const result = page.getByRole("status").filter({ hasText: "Failed:" });
  await expect(result).toContainText(/Failed: HTTP 500 in \d+ ms/);
  await expect(result).toContainText("receiver says no");
  await expect(result).toContainText("retried: next attempt");

  const row = deliveries(page).getByRole("row").filter({ hasText: "webhook.test" });
  await expect(row).toContainText("Pending");
  await expect(row).toContainText("next attempt");
  await expect(row).toContainText("HTTP 500");
  await row.getByRole("button", { name: /^Attempts of / }).click();
  const attempts = page.getByRole("table", { name: /^Attempts of evt_test_/ });
  await expect(attempts).toContainText("500");
  await expect(attempts).toContainText("receiver says no");

  // Quiet from here on: later clicks are not retried against it for the rest of the run.
  await page.goto("/settings/webhooks");
  await page.getByRole("button", { name: `Disable ${FAILING}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "disabled" })).toHaveText(`${FAILING} is disabled.`);
  await openLog(page, FAILING);
  await expect(page.getByRole("alert").filter({ hasText: "This destination is disabled" })).toBeVisible();
});

test("a followed redirect's click reaches the receiver and shows in the log", async ({ page, browser, request }) => {
  test.setTimeout(60_000);
  await page.goto("/redirects/new");
  await page.getByLabel(/^ID( optional)?$/).fill(REDIRECT_ID);
  await page.getByLabel("Name", { exact: true }).fill("E2E hooked");
  await page.getByLabel("Target URL", { exact: true }).fill(`${E2E.targetUrl}/landing`);
  await page.getByRole("button", { name: "Create redirect" }).click();
  await expect(page).toHaveURL(new RegExp(`/redirects/${REDIRECT_ID}$`));

  // A recipient's own browser (headless Chromium would be flagged as a bot).
  const recipient = await browser.newContext({ userAgent: REAL_CHROME });
  const tab = await recipient.newPage();
  await tab.goto(`${E2E.baseUrl}/redirect/${REDIRECT_ID}`);
  await expect(tab).toHaveURL(`${E2E.targetUrl}/landing`);
  await recipient.close();

  await openLog(page, RECEIVER);
  const row = deliveries(page).getByRole("row").filter({ hasText: "redirect.clicked" });
  // The delivery worker sends it within seconds; the Refresh button reloads the log.
  await expect(async () => {
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect(row).toContainText("Delivered", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(row).not.toContainText("Test");

  const received = (await (await request.get(`${E2E.targetUrl}/webhook/received`)).json()) as Received[];
  const click = received.find((r) => JSON.parse(r.body).redirect?.id === REDIRECT_ID);
  expect(click).toBeDefined();
  expect(JSON.parse(click!.body).type).toBe("redirect.clicked");
  expect(verifySignature(click!.headers["clicktrail-signature"], click!.body, Buffer.from(receiverSecret, "hex"))).toEqual({
    ok: true,
  });
});
