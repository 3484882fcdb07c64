import { expect, test } from "@playwright/test";
import { E2E } from "./env";
import { cli, signIn, withDb } from "./support";

const VIEWER = { email: "privacy-viewer@e2e.test", password: "viewer-password" };

test.describe.configure({ mode: "serial" });

const clicksOf = (sessionId: string) =>
  withDb((db) => (db.prepare(`SELECT count(*) AS n FROM "Click" WHERE sessionId = ?`).get(sessionId) as { n: number }).n);

test("the IP storage mode and retention are saved, checked and still set after a reload", async ({ page }) => {
  await signIn(page, E2E.admin.email, E2E.admin.password);
  await page.getByRole("link", { name: "Privacy" }).first().click();
  await expect(page).toHaveURL(/\/settings\/privacy$/);
  await expect(page.getByRole("radio", { name: /^Anonymized/ })).toBeChecked();

  const form = page.getByRole("form", { name: "Privacy settings" });
  await form.getByRole("radio", { name: /^None/ }).check();
  await form.getByLabel("Delete click events after").fill("200");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("status")).toContainText("Saved");

  await page.reload();
  await expect(form.getByRole("radio", { name: /^None/ })).toBeChecked();
  await expect(form.getByLabel("Delete click events after")).toHaveValue("200");
  const stored = withDb((db) => db.prepare(`SELECT value FROM "Setting" WHERE key = 'privacy'`).get()) as { value: string };
  expect(JSON.parse(stored.value)).toEqual({ ipMode: "none", eventRetentionDays: 200, ipRetentionDays: 30 });

  // IPs may not be kept longer than their clicks: refused next to the field, nothing stored.
  const ipDays = form.getByLabel("Remove IP addresses after");
  await ipDays.fill("300");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(ipDays).toHaveAttribute("aria-invalid", "true");
  await expect(ipDays).toHaveAccessibleDescription(/must not be longer than click events are kept/);

  // Back to the defaults for the specs that follow.
  await form.getByRole("radio", { name: /^Anonymized/ }).check();
  await ipDays.fill("30");
  await form.getByLabel("Delete click events after").fill("395");
  await form.getByRole("button", { name: "Save settings" }).click();
  await expect(form.getByRole("status")).toContainText("Saved");
});

test("a session is added to the opt-out list, refused twice and removed", async ({ page }) => {
  const sessionId = "s-e2e-opt-out";
  await signIn(page, E2E.admin.email, E2E.admin.password);
  await page.goto("/settings/privacy");
  await expect(page.getByText("No opt-outs yet")).toBeVisible();

  const add = page.getByRole("form", { name: "Add to the opt-out list" });
  await add.getByLabel("Session ID").fill(sessionId);
  await add.getByLabel(/^Note/).fill("Asked by email");
  await add.getByRole("button", { name: "Add to list" }).click();
  const row = page.getByRole("list", { name: "Opted-out sessions" }).getByRole("listitem").filter({ hasText: sessionId });
  await expect(row).toContainText("Asked by email");
  await expect(add.getByRole("status")).toContainText(`Added ${sessionId}`);
  expect(withDb((db) => db.prepare(`SELECT note FROM "OptOut" WHERE sessionId = ?`).get(sessionId))).toEqual({
    note: "Asked by email",
  });

  await add.getByLabel("Session ID").fill(sessionId);
  await add.getByRole("button", { name: "Add to list" }).click();
  await expect(add.getByLabel("Session ID")).toHaveAccessibleDescription(/already on the opt-out list/);

  await row.getByRole("button", { name: `Remove ${sessionId} from the opt-out list` }).click();
  const dialog = page.getByRole("dialog", { name: "Remove from the opt-out list?" });
  await dialog.getByRole("button", { name: "Remove", exact: true }).click();
  await expect(page.getByText("No opt-outs yet")).toBeVisible();
  expect(withDb((db) => db.prepare(`SELECT count(*) AS n FROM "OptOut" WHERE sessionId = ?`).get(sessionId))).toEqual({
    n: 0,
  });
});

test("erasing a session shows how many clicks go, then deletes exactly those", async ({ page }) => {
  const session = "s-e2e-erase";
  const other = "s-e2e-keep";
  // Stored directly, so this spec depends on the erasure alone, not on the click pipeline
  // (and its hourly totals stay untouched).
  withDb((db) => {
    const insert = db.prepare(
      `INSERT INTO "Click" (at, sessionId, eventType, properties, targetUrl, source) VALUES (?, ?, 'redirect', '{}', 'https://example.com/erase', 'redirect')`,
    );
    const at = new Date().toISOString().replace("Z", "+00:00");
    for (const s of [session, session, session, other]) insert.run(at, s);
  });
  expect([clicksOf(session), clicksOf(other)]).toEqual([3, 1]);

  await signIn(page, E2E.admin.email, E2E.admin.password);
  await page.goto("/settings/privacy");
  const erase = page.getByRole("form", { name: "Erase a session" });
  await erase.getByLabel("Session ID").fill(session);
  await erase.getByRole("button", { name: "Erase clicks…" }).click();

  const dialog = page.getByRole("dialog", { name: "Erase this session’s clicks?" });
  await expect(dialog).toContainText(`3 clicks of session ${session} will be deleted`);
  await dialog.getByRole("button", { name: "Erase 3 clicks" }).click();
  await expect(erase.getByRole("status")).toHaveText(`Erased 3 clicks of session ${session}.`);

  expect([clicksOf(session), clicksOf(other)]).toEqual([0, 1]);
  const audit = withDb((db) =>
    db.prepare(`SELECT actorLabel, after FROM "AuditLog" WHERE action = 'session.erase' AND entityId = ?`).get(session),
  ) as { actorLabel: string; after: string };
  expect(audit.actorLabel).toBe(`user:${E2E.admin.email}`);
  expect(JSON.parse(audit.after)).toEqual({ erased: 3 });

  await erase.getByLabel("Session ID").fill(session);
  await erase.getByRole("button", { name: "Erase clicks…" }).click();
  await expect(erase.getByRole("status")).toContainText("No clicks are stored for session");

  // These rows have no hourly totals; other specs compare the two, so leave no trace.
  withDb((db) => db.prepare(`DELETE FROM "Click" WHERE sessionId = ?`).run(other));
});

test("a viewer has no Privacy link and gets 403 on the page", async ({ page }) => {
  cli("create-user", "--email", VIEWER.email, "--password", VIEWER.password, "--role", "viewer");
  await signIn(page, VIEWER.email, VIEWER.password);
  await expect(page.getByRole("link", { name: "Redirects" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Privacy" })).toHaveCount(0);
  const res = await page.goto("/settings/privacy");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
});
