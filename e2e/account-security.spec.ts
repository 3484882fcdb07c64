import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { cli, hydrated, signIn } from "./support";

// Users of this spec only: its failed sign-ins never throttle another spec's accounts.
const suffix = randomBytes(4).toString("hex");
const MEMBER = { email: `member-${suffix}@e2e.test`, password: "member-password" };
const TYPIST = { email: `typist-${suffix}@e2e.test`, password: "typist-password" };
const MOVER = { email: `mover-${suffix}@e2e.test`, password: "mover-password" };

test.beforeAll(() => {
  cli("create-user", "--email", MEMBER.email, "--password", MEMBER.password, "--role", "editor");
  cli("create-user", "--email", TYPIST.email, "--password", TYPIST.password, "--role", "viewer");
  cli("create-user", "--email", MOVER.email, "--password", MOVER.password, "--role", "viewer");
});

/** Submits the login form and waits for next-auth's answer to reach the page. */
async function submit(page: Page) {
  await Promise.all([
    page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
}

test("disabling a user ends their session on the next page load", async ({ page }) => {
  await signIn(page, MEMBER.email, MEMBER.password);
  await page.goto("/redirects");
  await expect(page).toHaveURL(/\/redirects$/);

  expect(cli("disable-user", "--email", MEMBER.email)).toContain(`Disabled ${MEMBER.email}`);
  await page.goto("/redirects");
  await expect(page).toHaveURL(/\/login/);

  await hydrated(page.locator("form"));
  await page.getByLabel("Email").fill(MEMBER.email);
  await page.getByLabel("Password").fill(MEMBER.password);
  await submit(page);
  await expect(page.getByText("Email or password is incorrect")).toBeVisible();
});

test("a new password ends the sessions signed in with the old one", async ({ page }) => {
  await signIn(page, MOVER.email, MOVER.password);
  await page.goto("/redirects");
  await expect(page).toHaveURL(/\/redirects$/);

  cli("set-password", "--email", MOVER.email, "--password", "mover-new-password");
  await page.goto("/redirects");
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, MOVER.email, "mover-new-password");
});

test("repeated wrong passwords make the login page say how long to wait", async ({ page }) => {
  await page.goto("/login");
  await hydrated(page.locator("form"));
  await page.getByLabel("Email").fill(TYPIST.email);
  await page.getByLabel("Password").fill("not-the-password");
  const wrong = page.getByText("Email or password is incorrect");
  const wait = page.getByText(/^Too many attempts\. Try again in \d+ seconds?\.$/);

  // Five wrong passwords are free; the sixth within a second is refused, and each further
  // failure doubles the wait, so the message comes within a few more tries.
  for (let i = 0; i < 5; i++) {
    await submit(page);
    await expect(wrong).toBeVisible();
  }
  for (let i = 0; i < 8 && !(await wait.isVisible()); i++) {
    await submit(page);
    await expect(wrong.or(wait)).toBeVisible();
  }
  await expect(wait).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
