import { expect, test, type Page } from "@playwright/test";
import { E2E } from "./env";
import { cli, openWith, signIn, withDb } from "./support";

const VIEWER = { email: "hooks-viewer@e2e.test", password: "viewer-password" };
const EDITOR = { email: "hooks-editor@e2e.test", password: "editor-password" };
// A literal public address: the URL check refuses host names it cannot resolve, and the test
// machine may have no DNS. Nothing is sent to it (this spec creates no clicks).
const PUBLIC_URL = "https://93.184.215.14/clicktrail";
const NAME = "E2E CRM";
const RENAMED = "E2E CRM renamed";

test.describe.configure({ mode: "serial" });

interface StoredWebhook {
  name: string;
  url: string;
  secret: Buffer;
  previousSecret: Buffer | null;
  eventTypes: string;
  tags: string;
  enabled: number;
}

const storedWebhook = (name: string) =>
  withDb(
    (db) =>
      db
        .prepare(`SELECT name, url, secret, previousSecret, eventTypes, tags, enabled FROM "WebhookDestination" WHERE name = ?`)
        .get(name) as StoredWebhook | undefined,
  );

/** Reads the secret from its dialog, closes it, and checks it is gone from the page. */
async function takeSecret(page: Page, title: string): Promise<string> {
  const dialog = page.getByRole("dialog", { name: title });
  await expect(dialog).toContainText("It is shown only once");
  const secret = await dialog.getByLabel("Secret", { exact: true }).inputValue();
  expect(secret).toMatch(/^[0-9a-f]{64}$/);
  await expect(dialog.getByRole("button", { name: /^Copy secret/ })).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel("Secret", { exact: true })).toHaveCount(0);
  return secret;
}

test("an admin creates a destination, sees its secret once, edits, disables, rotates and deletes it", async ({ page }) => {
  await signIn(page, E2E.admin.email, E2E.admin.password);
  await page.getByRole("link", { name: "Webhooks" }).first().click();
  await expect(page).toHaveURL(/\/settings\/webhooks$/);
  await expect(page.getByText("Clicktrail signs each event with the destination's secret")).toBeVisible();

  const form = page.getByRole("form", { name: "New destination" });
  await openWith(page.getByRole("button", { name: "New destination" }), form);
  await form.getByLabel("Name", { exact: true }).fill(NAME);
  await form.getByLabel("URL", { exact: true }).fill(PUBLIC_URL);
  // The Tracardi source ID belongs to the tracardi format only.
  await form.getByLabel("Format").selectOption("tracardi");
  await expect(form.getByLabel("Tracardi source ID")).toBeVisible();
  await form.getByLabel("Format").selectOption("json");
  await expect(form.getByLabel("Tracardi source ID")).toHaveCount(0);
  await form.getByRole("button", { name: "Add event type email.opened" }).click();
  await form.getByRole("textbox", { name: /^Tags/ }).fill("newsletter");
  await form.getByRole("textbox", { name: /^Tags/ }).press("Enter");
  await form.getByRole("button", { name: "Create destination" }).click();

  const secret = await takeSecret(page, "Signing secret");
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toHaveText(`Created ${NAME}.`);
  const table = page.getByRole("table", { name: "Webhook destinations" });
  const row = (name: string) => table.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: true }) });
  await expect(row(NAME)).toContainText("93.184.215.14");
  await expect(row(NAME)).toContainText("JSON");
  await expect(row(NAME)).toContainText("Events: email.opened");
  await expect(row(NAME)).toContainText("Tags: newsletter");
  await expect(row(NAME)).toContainText("Enabled");

  // Stored sealed: neither the hex text nor the raw 32 bytes appear in the column.
  const created = storedWebhook(NAME)!;
  expect(created).toMatchObject({ name: NAME, url: PUBLIC_URL, enabled: 1 });
  expect(JSON.parse(created.eventTypes)).toEqual(["email.opened"]);
  expect(JSON.parse(created.tags)).toEqual(["newsletter"]);
  expect(created.secret.length).toBeGreaterThan(32);
  expect(created.secret.toString("latin1")).not.toContain(secret);
  expect(created.secret.includes(Buffer.from(secret, "hex"))).toBe(false);

  await row(NAME)
    .getByRole("button", { name: `Edit ${NAME}` })
    .click();
  const edit = page.getByRole("form", { name: "Edit destination" });
  await expect(edit.getByLabel("URL", { exact: true })).toHaveValue(PUBLIC_URL);
  await edit.getByLabel("Name", { exact: true }).fill(RENAMED);
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveText(`Saved ${RENAMED}.`);
  await expect(edit).toBeHidden();
  await expect(row(RENAMED)).toBeVisible();
  expect(storedWebhook(NAME)).toBeUndefined();
  expect(storedWebhook(RENAMED)).toMatchObject({ url: PUBLIC_URL, enabled: 1 });

  await row(RENAMED)
    .getByRole("button", { name: `Disable ${RENAMED}` })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "disabled" })).toHaveText(`${RENAMED} is disabled.`);
  await expect(row(RENAMED)).toContainText("Disabled");
  await expect(row(RENAMED).getByRole("button", { name: `Enable ${RENAMED}` })).toBeVisible();
  expect(storedWebhook(RENAMED)?.enabled).toBe(0);

  await row(RENAMED)
    .getByRole("button", { name: `Rotate the secret of ${RENAMED}` })
    .click();
  const rotate = page.getByRole("dialog", { name: `Rotate the secret of ${RENAMED}?` });
  await expect(rotate).toContainText("The old secret stays valid for 24 hours");
  await rotate.getByRole("button", { name: "Rotate secret" }).click();
  const rotated = await takeSecret(page, "New signing secret");
  expect(rotated).not.toBe(secret);
  const afterRotation = storedWebhook(RENAMED)!;
  expect(afterRotation.previousSecret).not.toBeNull();
  expect(afterRotation.secret.toString("latin1")).not.toContain(rotated);

  await row(RENAMED)
    .getByRole("button", { name: `Delete ${RENAMED}` })
    .click();
  const remove = page.getByRole("dialog", { name: `Delete ${RENAMED}?` });
  await remove.getByRole("button", { name: "Delete destination" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deleted" })).toHaveText(`Deleted ${RENAMED}.`);
  await expect(row(RENAMED)).toHaveCount(0);
  expect(storedWebhook(RENAMED)).toBeUndefined();
});

// The e2e app allows private addresses (ALLOW_PRIVATE_WEBHOOKS, for the local receiver);
// credentials in the URL are refused whatever that setting says.
test("a URL with credentials is refused with an error next to the URL field", async ({ page }) => {
  await signIn(page, E2E.admin.email, E2E.admin.password);
  await page.goto("/settings/webhooks");
  const form = page.getByRole("form", { name: "New destination" });
  await openWith(page.getByRole("button", { name: "New destination" }), form);
  await form.getByLabel("Name", { exact: true }).fill("E2E credentials");
  const url = form.getByLabel("URL", { exact: true });
  await url.fill("https://user:pass@93.184.215.14/x");
  await form.getByRole("button", { name: "Create destination" }).click();

  await expect(form.getByRole("alert")).toContainText("The webhook URL is not allowed.");
  await expect(url).toHaveAttribute("aria-invalid", "true");
  await expect(url).toHaveAccessibleDescription(/must not contain a user name or password/);
  await expect(page.getByRole("dialog", { name: "Signing secret" })).toHaveCount(0);
  expect(storedWebhook("E2E credentials")).toBeUndefined();
});

for (const [role, user] of [
  ["viewer", VIEWER],
  ["editor", EDITOR],
] as const) {
  test(`a${role === "editor" ? "n" : ""} ${role} has no Webhooks link and gets 403 on the page`, async ({ page }) => {
    cli("create-user", "--email", user.email, "--password", user.password, "--role", role);
    await signIn(page, user.email, user.password);
    await expect(page.getByRole("link", { name: "Redirects" }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Webhooks" })).toHaveCount(0);
    const res = await page.goto("/settings/webhooks");
    expect(res?.status()).toBe(403);
  });
}
