import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { appRoot } from "../app-root";
import { ConfigError, parseConfig } from "../config";
import { authSecretSource, readAuthSecret } from "./secret";

const SECRET = "a-secret-of-at-least-thirty-two-characters";
const startedIn = process.cwd();
afterEach(() => process.chdir(startedIn));

function tempFile(content: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clicktrail-secret-")), "secret");
  fs.writeFileSync(file, content);
  return file;
}

describe("AUTH_SECRET's source", () => {
  it("is the variable when set, else AUTH_SECRET_FILE, else data/auth-secret in the Clicktrail folder", () => {
    expect(readAuthSecret({ AUTH_SECRET: SECRET })).toBe(SECRET);
    expect(authSecretSource({ AUTH_SECRET: SECRET })).toEqual({ kind: "env" });
    expect(authSecretSource({ AUTH_SECRET_FILE: "/etc/clicktrail/secret" })).toEqual({
      kind: "file",
      path: "/etc/clicktrail/secret",
      generate: false,
    });
    expect(authSecretSource({})).toEqual({ kind: "file", path: path.join(appRoot(), "data", "auth-secret"), generate: true });
  });

  it("resolves relative paths against the Clicktrail folder from any working directory", () => {
    const file = tempFile(`${SECRET}\n`);
    const relative = path.relative(appRoot(), file);
    process.chdir(fs.mkdtempSync(path.join(os.tmpdir(), "clicktrail-elsewhere-")));
    expect(readAuthSecret({ AUTH_SECRET_FILE: relative })).toBe(SECRET);
    expect(authSecretSource({})).toMatchObject({ path: path.join(appRoot(), "data", "auth-secret") });
  });

  it("is one place: AUTH_SECRET and AUTH_SECRET_FILE together are refused at start", () => {
    expect(() => parseConfig({ AUTH_SECRET: SECRET, AUTH_SECRET_FILE: "data/auth-secret" })).toThrow(/set one of them, not both/);
  });

  it("refuses a missing or short AUTH_SECRET_FILE instead of making a new secret", () => {
    const missing = path.join(os.tmpdir(), `clicktrail-none-${process.pid}`, "secret");
    expect(() => readAuthSecret({ AUTH_SECRET_FILE: missing })).toThrow(ConfigError);
    expect(() => readAuthSecret({ AUTH_SECRET_FILE: missing })).toThrow(/AUTH_SECRET_FILE: cannot read .*ENOENT/);
    expect(fs.existsSync(missing)).toBe(false);
    expect(() => readAuthSecret({ AUTH_SECRET_FILE: tempFile("short\n") })).toThrow(/at least 32 characters/);
  });
});
