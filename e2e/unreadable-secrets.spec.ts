import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { E2E } from "./env";
import { cli, signIn, withDb } from "./support";

/**
 * Stored secrets sealed under another AUTH_SECRET (random bytes open under none): a signing key
 * version below the current one, and a webhook destination. Removed again afterwards.
 */
const BROKEN_VERSION = 0;
const BROKEN_WEBHOOK = { id: "e2e-unreadable-webhook", name: "E2E sealed elsewhere" };
const now = () => new Date().toISOString().replace("Z", "+00:00");

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  const current = () =>
    withDb(
      (db) => (db.prepare(`SELECT max(version) AS v FROM "SigningKey" WHERE retiredAt IS NULL`).get() as { v: number | null }).v,
    );
  if (current() === null) cli("signing-keys", "--rotate");
  withDb((db) => {
    db.prepare(`INSERT INTO "SigningKey" (version, secret, createdAt) VALUES (?, ?, ?)`).run(
      BROKEN_VERSION,
      randomBytes(60),
      now(),
    );
    db.prepare(
      `INSERT INTO "WebhookDestination" (id, name, url, secret, eventTypes, redirectIds, tags, updatedAt)
       VALUES (?, ?, ?, ?, '[]', '[]', '[]', ?)`,
    ).run(BROKEN_WEBHOOK.id, BROKEN_WEBHOOK.name, `${E2E.targetUrl}/webhook`, randomBytes(60), now());
  });
});

test.afterAll(() => {
  withDb((db) => {
    db.prepare(`DELETE FROM "SigningKey" WHERE version = ?`).run(BROKEN_VERSION);
    db.prepare(`DELETE FROM "WebhookDestination" WHERE id = ?`).run(BROKEN_WEBHOOK.id);
  });
});

test("an admin is told which signing key version and which webhook secret cannot be opened", async ({ page }) => {
  await signIn(page, E2E.admin.email, E2E.admin.password);
  await page.goto("/settings/signing-keys");
  const alert = page.getByRole("alert").filter({ hasText: `Version ${BROKEN_VERSION} cannot be opened` });
  await expect(alert).toContainText("Links signed with it get the not-found page");
  const row = page
    .getByRole("table", { name: "Signing key versions" })
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: `v${BROKEN_VERSION}`, exact: true }) });
  await expect(row).toContainText("Cannot be opened");
  await page.screenshot({ path: "test-results/e2e-artifacts/unreadable-signing-key.png", fullPage: true });

  await page.goto("/settings/webhooks");
  await expect(page.getByRole("alert").filter({ hasText: "A webhook secret cannot be opened" })).toContainText(
    `The secret of “${BROKEN_WEBHOOK.name}” cannot be opened`,
  );
  await page.screenshot({ path: "test-results/e2e-artifacts/unreadable-webhook-secret.png", fullPage: true });
});
