import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { E2E } from "./env";
import { cli, signIn, withDb } from "./support";

const EDITOR = { email: "email-editor@e2e.test", password: "editor-password" };
const VIEWER = { email: "email-viewer@e2e.test", password: "viewer-password" };
const SESSION = "s-e2e-tracked-email";
const TARGET = `${E2E.targetUrl}/email-offer?ref=mail`;
const EMAIL = `<!doctype html>
<html><body>
<p>Hello!</p>
<a href="mailto:hello@example.com">Write to us</a>
<a href="${E2E.targetUrl}/private" data-no-track>Private page</a>
<a href="${TARGET}" data-track-tags="cta:hero">See the offer</a>
</body></html>`;

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  cli("create-user", "--email", EDITOR.email, "--password", EDITOR.password, "--role", "editor");
  cli("create-user", "--email", VIEWER.email, "--password", VIEWER.password, "--role", "viewer");
});

test("an editor rewrites an email, checks the report and a safe preview, copies, downloads and follows a link", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, EDITOR.email, EDITOR.password);
  await page.getByRole("link", { name: "Tracked email" }).first().click();
  await expect(page).toHaveURL(/\/email$/);
  await expect(page.getByRole("heading", { name: "See who clicks in your emails" })).toBeVisible();

  const form = page.getByRole("form", { name: "Email to track" });
  await form.getByLabel("Email HTML").fill(EMAIL);
  await expect(form.getByLabel("Session template", { exact: true })).toHaveValue("{{session@id}}");
  await form.getByRole("radio", { name: /^Fixed session ID/ }).check();
  await form.getByLabel("Session ID", { exact: true }).fill(SESSION);
  await form.getByRole("button", { name: "Rewrite" }).click();

  // Three links in document order: two left alone with their reason, one tracked with its tag.
  const rows = page.getByRole("table", { name: "Link report" }).getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(page.getByText("3 links: 1 tracked, 2 left as they are.")).toBeVisible();
  await expect(rows.nth(1)).toContainText("mailto:hello@example.com");
  await expect(rows.nth(1)).toContainText("Not tracked: not an http(s) link");
  await expect(rows.nth(2)).toContainText(`${E2E.targetUrl}/private`);
  await expect(rows.nth(2)).toContainText("Not tracked: marked data-no-track");
  await expect(rows.nth(3)).toContainText(TARGET);
  await expect(rows.nth(3)).toContainText("cta:hero");
  const tracked = (await rows.nth(3).locator("code").nth(1).textContent()) ?? "";
  expect(tracked).toMatch(new RegExp(`^${E2E.baseUrl}/l/[A-Za-z0-9_-]+$`));

  // The preview runs nothing and its tracked links lead nowhere, so checking it counts no click.
  // Read from the attribute: Playwright cannot run its own scripts inside a script-less frame.
  const preview = page.locator('iframe[title="Preview of the tracked email"]');
  await expect(preview).toHaveAttribute("sandbox", "");
  const srcdoc = (await preview.getAttribute("srcdoc")) ?? "";
  expect(srcdoc).toContain('<a href="#">See the offer</a>');
  expect(srcdoc).toContain('<a href="mailto:hello@example.com">Write to us</a>');
  expect(srcdoc).not.toContain(tracked);

  await page.getByRole("button", { name: "Copy HTML" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`<a href="${tracked}">See the offer</a>`);
  expect(copied).toContain('<a href="mailto:hello@example.com">Write to us</a>');
  expect(copied).not.toContain("data-track-tags");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download tracked.html" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("tracked.html");
  expect(await readFile(await download.path(), "utf8")).toBe(copied);

  // Followed like a recipient would: straight to the target, and the click is stored as signed.
  await page.goto(tracked);
  await expect(page).toHaveURL(TARGET);
  await expect(page.getByRole("heading", { name: "Welcome to the landing page" })).toBeVisible();
  await expect
    .poll(() =>
      withDb(
        (db) =>
          db.prepare(`SELECT targetUrl, properties FROM "Click" WHERE sessionId = ? AND source = 'signed'`).all(SESSION) as {
            targetUrl: string;
            properties: string;
          }[],
      ).map((c) => ({ targetUrl: c.targetUrl, tags: (JSON.parse(c.properties) as { tags?: string[] }).tags })),
    )
    .toEqual([{ targetUrl: TARGET, tags: ["cta:hero"] }]);
});

test("invalid input is explained next to its field, and uploads over 10 MB are refused in the browser", async ({ page }) => {
  await signIn(page, EDITOR.email, EDITOR.password);
  await page.goto("/email");
  const form = page.getByRole("form", { name: "Email to track" });

  await form.getByRole("button", { name: "Rewrite" }).click();
  await expect(form.getByLabel("Email HTML")).toHaveAccessibleDescription(/Paste the email's HTML/);

  await form.getByLabel("Email HTML").fill(EMAIL);
  await form.getByLabel("Session template", { exact: true }).fill("no-variable-here");
  await form.getByRole("button", { name: "Rewrite" }).click();
  await expect(form.getByLabel("Session template", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Session template", { exact: true })).toHaveAccessibleDescription(
    /must contain a template variable/,
  );

  await form.getByLabel("HTML file").setInputFiles({
    name: "huge.html",
    mimeType: "text/html",
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1, "a"),
  });
  await expect(form.getByLabel("Email HTML")).toHaveAccessibleDescription(/huge\.html is larger than 10 MB/);
  await expect(form.getByLabel("Email HTML")).toHaveValue(EMAIL);

  await form.getByLabel("HTML file").setInputFiles({
    name: "welcome.html",
    mimeType: "text/html",
    buffer: Buffer.from('<a href="https://example.com/welcome">Welcome</a>'),
  });
  await expect(form.getByLabel("Email HTML")).toHaveValue('<a href="https://example.com/welcome">Welcome</a>');
  await expect(form.getByText("Loaded from welcome.html")).toBeVisible();
});

test("a viewer has no Tracked email link and gets 403 on the page", async ({ page }) => {
  await signIn(page, VIEWER.email, VIEWER.password);
  await expect(page.getByRole("link", { name: "Redirects" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Tracked email" })).toHaveCount(0);
  const res = await page.goto("/email");
  expect(res?.status()).toBe(403);
});
