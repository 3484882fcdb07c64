import { expect, test } from "@playwright/test";
import { E2E } from "./env";
import { hydrated, signIn } from "./support";

test("admin pages need a session; the redirect endpoint does not", async ({ page, request }) => {
  await page.goto("/redirects");
  await expect(page).toHaveURL(/\/login/);
  const res = await request.get("/redirect/does-not-exist", { maxRedirects: 0 });
  expect(res.status()).toBe(404);
  expect(await res.text()).toContain("This link doesn’t lead anywhere");
});

test("a wrong password gets one generic error", async ({ page }) => {
  await page.goto("/login");
  await hydrated(page.locator("form"));
  await page.getByLabel("Email").fill(E2E.admin.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is incorrect")).toBeVisible();
  await page.getByLabel("Email").fill("nobody@e2e.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is incorrect")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("a sign-in sent before the page's script runs never puts the password in the URL", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(E2E.admin.email);
  await page.getByLabel("Password").fill(E2E.admin.password);
  const sent = page.waitForRequest((req) => req.url().startsWith(`${E2E.baseUrl}/login`) && req.isNavigationRequest());
  await page.getByRole("button", { name: "Sign in" }).click();
  const request = await sent;
  expect(request.method()).toBe("POST");
  expect(request.url()).not.toContain(encodeURIComponent(E2E.admin.password));
  expect(request.url()).not.toContain("password=");
  await context.close();
});

test("signing in never follows an off-site callback URL", async ({ page }) => {
  await page.goto("/login?callbackUrl=https%3A%2F%2Fevil.example%2Fphish");
  await hydrated(page.locator("form"));
  await page.getByLabel("Email").fill(E2E.admin.email);
  await page.getByLabel("Password").fill(E2E.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${E2E.baseUrl}/`);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, E2E.admin.email, E2E.admin.password);
  await page
    .getByRole("button", { name: /sign out/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});
