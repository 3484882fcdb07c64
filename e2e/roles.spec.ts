import { expect, test } from "@playwright/test";
import { cli, signIn, withDb } from "./support";

const VIEWER = { email: "viewer@e2e.test", password: "viewer-password" };
const EDITOR = { email: "editor@e2e.test", password: "editor-password" };
let viewerKey: string;

test.beforeAll(() => {
  cli("create-user", "--email", VIEWER.email, "--password", VIEWER.password, "--role", "viewer");
  cli("create-user", "--email", EDITOR.email, "--password", EDITOR.password, "--role", "editor");
  viewerKey = cli("create-api-key", "--name", "e2e-viewer", "--role", "viewer").match(/ct_\w+/)![0];
});

test("a viewer sees no create or edit controls and the server refuses the pages", async ({ page, request }) => {
  const created = await request.post("/api/v1/redirects", {
    headers: { authorization: `Bearer ${adminKey()}` },
    data: { id: "e2e-viewer-sees", name: "Viewer sees this", targetUrl: "https://example.com/v" },
  });
  expect(created.status()).toBe(201);

  await signIn(page, VIEWER.email, VIEWER.password);
  await page.goto("/redirects");
  await expect(page.getByRole("row").filter({ hasText: "e2e-viewer-sees" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New redirect" })).toHaveCount(0);

  await page.goto("/redirects/e2e-viewer-sees");
  await expect(page.getByRole("heading", { name: "Viewer sees this" })).toBeVisible();
  for (const name of ["Edit", "Pause", "Delete"]) {
    await expect(page.getByRole("button", { name, exact: true }).or(page.getByRole("link", { name, exact: true }))).toHaveCount(
      0,
    );
  }

  const res = await page.goto("/redirects/new");
  expect(res?.status()).toBe(403);
  const edit = await page.goto("/redirects/e2e-viewer-sees/edit");
  expect(edit?.status()).toBe(403);
});

test("the API refuses a viewer's key for writes and accepts it for reads", async ({ request }) => {
  const write = await request.post("/api/v1/redirects", {
    headers: { authorization: `Bearer ${viewerKey}` },
    data: { name: "Nope", targetUrl: "https://example.com/nope" },
  });
  expect(write.status()).toBe(403);
  expect((await write.json()).error.code).toBe("forbidden");
  const read = await request.get("/api/v1/redirects", { headers: { authorization: `Bearer ${viewerKey}` } });
  expect(read.status()).toBe(200);
  expect((await request.get("/api/v1/redirects")).status()).toBe(401);
});

test("the server refuses an action from a user demoted to viewer while the form was open", async ({ page }) => {
  await signIn(page, EDITOR.email, EDITOR.password);
  await page.goto("/redirects/new");
  await page.getByLabel(/^ID( optional)?$/).fill("e2e-demoted");
  await page.getByLabel("Name", { exact: true }).fill("Should not exist");
  await page.getByLabel("Target URL", { exact: true }).fill("https://example.com/demoted");

  withDb((db) => db.prepare(`UPDATE "User" SET role = 'viewer' WHERE email = ?`).run(EDITOR.email));
  await page.getByRole("button", { name: "Create redirect" }).click();

  await expect(page.getByText("Your role (viewer) may not do this.")).toBeVisible();
  expect(withDb((db) => db.prepare(`SELECT count(*) AS n FROM "Redirect" WHERE id = 'e2e-demoted'`).get())).toEqual({ n: 0 });
});

let cachedAdminKey: string | undefined;
function adminKey(): string {
  cachedAdminKey ??= cli("create-api-key", "--name", "e2e-admin", "--role", "admin").match(/ct_\w+/)![0];
  return cachedAdminKey;
}
