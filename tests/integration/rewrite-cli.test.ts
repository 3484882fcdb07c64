import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";
import { verifyLink } from "../../lib/signing/verify-link";
import { removeSigningKeysCreatedHere } from "../support/signing-key-cleanup";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clicktrail-rewrite-"));
const file = (name: string) => path.join(dir, name);

function cli(...args: string[]) {
  return run("npx", ["tsx", "cli/index.ts", ...args], {
    env: { ...process.env, DATABASE_URL: inject("databaseUrl"), PUBLIC_URL: "", LOG_LEVEL: "silent" },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

removeSigningKeysCreatedHere();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run cli -- rewrite", () => {
  it("writes the tracked email and the JSON report, keeping the session template verbatim", async () => {
    const html =
      '<!-- keep -->\r\n<p>Hi <a href="https://example.com/a?x=1&amp;y=2" data-track-tags="cta">A</a> <a href="mailto:x@example.com">M</a></p>';
    fs.writeFileSync(file("in.html"), html);
    const res = await cli(
      "rewrite",
      "--in",
      file("in.html"),
      "--out",
      file("out.html"),
      "--json",
      file("report.json"),
      "--session-template",
      "{{session@id}}",
      "--campaign",
      "spring",
      "--no-pixel",
      "--origin",
      "https://links.example.com",
    );
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/1 link.*tracked.*1.*skipped/is);
    const out = fs.readFileSync(file("out.html"), "utf8");
    expect(out.startsWith('<!-- keep -->\r\n<p>Hi <a href="https://links.example.com/l/')).toBe(true);
    expect(out).toContain('<a href="mailto:x@example.com">M</a>');
    const links = JSON.parse(fs.readFileSync(file("report.json"), "utf8")) as {
      original: string;
      tracked?: string;
      skipped?: string;
      tags: string[];
    }[];
    expect(links.map((l) => [l.original, Boolean(l.tracked), l.skipped ?? null, l.tags])).toEqual([
      ["https://example.com/a?x=1&y=2", true, null, ["cta"]],
      ["mailto:x@example.com", false, expect.any(String), []],
    ]);
    const tracked = new URL(links[0].tracked!.replace("{{session@id}}", "s-1"));
    const [, , token, session] = tracked.pathname.split("/");
    const verified = await verifyLink({ kind: "link", token, sessionId: session });
    expect(verified).toMatchObject({
      ok: true,
      claims: { targetUrl: "https://example.com/a?x=1&y=2", campaign: "spring", tags: ["cta"], sessionId: "s-1" },
    });
    expect(links[0].tracked).toMatch(/\/\{\{session@id\}\}$/);
  });

  it("refuses invalid UTF-8 and a missing origin with a message and a non-zero exit", async () => {
    fs.writeFileSync(file("bad.html"), Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0xfe]));
    const bad = await cli("rewrite", "--in", file("bad.html"), "--out", file("x.html"), "--origin", "https://links.example.com");
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/UTF-8/);
    fs.writeFileSync(file("ok.html"), '<a href="https://example.com">x</a>');
    const noOrigin = await cli("rewrite", "--in", file("ok.html"), "--out", file("x.html"));
    expect(noOrigin.code).not.toBe(0);
    expect(noOrigin.stderr).toMatch(/origin|PUBLIC_URL/i);
    expect(fs.existsSync(file("x.html"))).toBe(false);
  });
});
