import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { appRoot, resolveFromAppRoot } from "./app-root";
import { sqliteFilePath } from "./db/provider";

const startedIn = process.cwd();
afterEach(() => process.chdir(startedIn));

describe("appRoot", () => {
  it("is the folder of Clicktrail's package.json, whatever the working directory", () => {
    process.chdir(fs.mkdtempSync(path.join(os.tmpdir(), "clicktrail-elsewhere-")));
    const root = appRoot();
    expect(JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).name).toBe("clicktrail");
    expect(resolveFromAppRoot("data/x")).toBe(path.join(root, "data", "x"));
    expect(resolveFromAppRoot("/srv/x")).toBe("/srv/x");
    expect(sqliteFilePath("file:./data/clicktrail.db")).toBe(path.join(root, "data", "clicktrail.db"));
    expect(sqliteFilePath("file:/var/lib/ct.db?mode=rwc")).toBe("/var/lib/ct.db");
  });
});
