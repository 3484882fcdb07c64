import { expect, test } from "@playwright/test";
import { E2E } from "./env";
import { cli, signIn, withDb } from "./support";

const EDITOR = { email: "keys-editor@e2e.test", password: "editor-password" };
const SIGNED_TARGET = "https://example.com/e2e-signing-keys";

test.describe.configure({ mode: "serial" });

const currentVersion = () =>
  withDb(
    (db) => (db.prepare(`SELECT max(version) AS v FROM "SigningKey" WHERE retiredAt IS NULL`).get() as { v: number | null }).v,
  );

test("an admin rotates the key, then retires the old version after the usage warning", async ({ page }) => {
  // A version of this spec's own, which no link has signed: the usage estimate below counts
  // only the two clicks made here, whatever other specs signed before.
  cli("signing-keys", "--rotate");
  const old = currentVersion()!;
  const next = old + 1;
  // Two recent clicks on one link signed with the old version, for the usage estimate. Stored
  // directly (no hourly totals), so they are removed again below.
  withDb((db) => {
    const insert = db.prepare(
      `INSERT INTO "Click" (at, sessionId, eventType, properties, targetUrl, source) VALUES (?, ?, 'click', ?, ?, 'signed')`,
    );
    const at = new Date().toISOString().replace("Z", "+00:00");
    for (const session of ["s-e2e-keys-1", "s-e2e-keys-2"]) {
      insert.run(at, session, JSON.stringify({ keyVersion: old }), SIGNED_TARGET);
    }
  });

  await signIn(page, E2E.admin.email, E2E.admin.password);
  await page.getByRole("link", { name: "Signing keys" }).first().click();
  await expect(page).toHaveURL(/\/settings\/signing-keys$/);
  const table = page.getByRole("table", { name: "Signing key versions" });
  const row = (version: number) =>
    table.getByRole("row").filter({ has: page.getByRole("cell", { name: `v${version}`, exact: true }) });
  await expect(row(old)).toContainText("Current · signs new links");

  await page.getByRole("button", { name: "Rotate key" }).click();
  const rotate = page.getByRole("dialog", { name: "Rotate the signing key?" });
  await expect(rotate).toContainText(`Version ${next} will sign every new link`);
  await rotate.getByRole("button", { name: "Rotate key" }).click();
  await expect(page.getByRole("status").filter({ hasText: "now signs" })).toHaveText(`Version ${next} now signs new links.`);
  await expect(row(next)).toContainText("Current · signs new links");
  await expect(row(old)).toContainText("Verifies older links");
  // The current version cannot be retired, so it has no button.
  await expect(row(next).getByRole("button", { name: `Retire version ${next}` })).toHaveCount(0);

  await row(old)
    .getByRole("button", { name: `Retire version ${old}` })
    .click();
  const retire = page.getByRole("dialog", { name: `Retire version ${old}?` });
  await expect(retire).toContainText(`Retiring version ${old} breaks every link signed with it`);
  await expect(retire).toContainText("2 clicks reached 1 links");
  // Nothing changes until the confirmation.
  expect(withDb((db) => db.prepare(`SELECT retiredAt FROM "SigningKey" WHERE version = ?`).get(old))).toEqual({
    retiredAt: null,
  });

  await retire.getByRole("button", { name: `Retire version ${old}`, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Retired" })).toContainText(`Retired version ${old}`);
  await expect(row(old)).toContainText("Retired");
  await expect(row(old).getByRole("button")).toHaveCount(0);

  const stored = withDb((db) => db.prepare(`SELECT retiredAt FROM "SigningKey" WHERE version = ?`).get(old)) as {
    retiredAt: string | null;
  };
  expect(stored.retiredAt).not.toBeNull();
  const audit = withDb((db) =>
    db.prepare(`SELECT actorLabel FROM "AuditLog" WHERE action = 'signing-key.retire' AND entityId = ?`).get(String(old)),
  );
  expect(audit).toEqual({ actorLabel: `user:${E2E.admin.email}` });

  withDb((db) => db.prepare(`DELETE FROM "Click" WHERE targetUrl = ?`).run(SIGNED_TARGET));
});

test("an editor has no Signing keys link and gets 403 on the page", async ({ page }) => {
  cli("create-user", "--email", EDITOR.email, "--password", EDITOR.password, "--role", "editor");
  await signIn(page, EDITOR.email, EDITOR.password);
  await expect(page.getByRole("link", { name: "Tracked email" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Signing keys" })).toHaveCount(0);
  const res = await page.goto("/settings/signing-keys");
  expect(res?.status()).toBe(403);
});
