import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * lib/'s concerns import each other one way only (docs/adr/0019-folder-layering-and-thread-names.md).
 * A node is a folder of lib/ (`lib/clicks`) or a file at its root (`lib/config`); an edge is
 * any import, export-from or dynamic import between two nodes, type-only ones included. Tests
 * and fixtures are left out: they may reach across.
 */

interface Edge {
  from: string;
  to: string;
  /** `lib/clicks/enrich-click.ts → ../bots/detect-bot` for every import behind the edge. */
  via: string[];
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    // The generated Prisma client imports only within itself and from packages.
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.(test|fixture)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The node a path under lib/ belongs to; null outside lib/. */
function nodeOf(root: string, file: string): string | null {
  const [top, first, ...rest] = path.relative(root, file).split(path.sep);
  if (top !== "lib" || first === undefined) return null;
  return rest.length > 0 || fs.statSync(path.join(root, "lib", first), { throwIfNoEntry: false })?.isDirectory()
    ? `lib/${first}`
    : `lib/${first.replace(/\.tsx?$/, "")}`;
}

/** Every edge between two nodes of lib/ under `root`, from the imports as written. */
function concernEdges(root: string): Edge[] {
  const edges = new Map<string, Edge>();
  for (const file of sourceFiles(path.join(root, "lib"))) {
    const from = nodeOf(root, file)!;
    for (const { fileName: spec } of ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true).importedFiles) {
      const target = spec.startsWith("@/")
        ? path.join(root, spec.slice(2))
        : spec.startsWith(".")
          ? path.resolve(path.dirname(file), spec)
          : null;
      const to = target && nodeOf(root, target);
      if (!to || to === from) continue;
      const key = `${from} ${to}`;
      if (!edges.has(key)) edges.set(key, { from, to, via: [] });
      edges.get(key)!.via.push(`${path.relative(root, file)} → ${spec}`);
    }
  }
  return [...edges.values()];
}

/** The strongly connected groups of two or more nodes (Tarjan), each with the edges inside it. */
function cycles(edges: Edge[]): Edge[][] {
  const out = new Map<string, string[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of out.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      group.push(member);
    } while (member !== node);
    if (group.length > 1) groups.push(group);
  };
  for (const node of out.keys()) if (!index.has(node)) visit(node);
  return groups.map((group) => edges.filter((e) => group.includes(e.from) && group.includes(e.to)));
}

/** Per group its members, then each edge inside it (every one lies on a cycle) with its imports. */
function describeCycles(groups: Edge[][]): string {
  return groups
    .map((group) => {
      const members = [...new Set(group.map((e) => e.from))].sort();
      const edges = group.map((e) => `${e.from} → ${e.to}\n${e.via.map((v) => `    ${v}`).join("\n")}`).sort();
      return [`cycle among ${members.join(", ")}:`, ...edges].join("\n");
    })
    .join("\n\n");
}

describe("lib/ folder dependencies", () => {
  it("go one way: no concern imports, even through others, one that imports it", () => {
    const edges = concernEdges(path.dirname(import.meta.dirname));
    // The scan reads real imports: the redirect endpoint does import the click's type.
    expect(edges.some((e) => e.from === "lib/redirects" && e.to === "lib/clicks")).toBe(true);
    expect(describeCycles(cycles(edges))).toBe("");
  });

  it("finds a cycle through any form of import and names the files behind it", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "clicktrail-deps-"));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    try {
      write("lib/a/one.ts", `import type { B } from "@/lib/b/two";\nexport type A = B;`);
      write("lib/b/two.ts", `export { C as B } from "../c/three";`);
      write("lib/c/three.ts", `export const C = () => import("../a/one");`);
      write("lib/c/three.test.ts", `import "../d/four";`);
      write("lib/d/four.ts", `import "../a/one";\nimport "../settings";`);
      write("lib/settings.ts", `import "./d/four";`);
      const groups = cycles(concernEdges(root)).map((group) => group.map((e) => `${e.from} → ${e.to}`).sort());
      expect(groups.sort()).toEqual([
        ["lib/a → lib/b", "lib/b → lib/c", "lib/c → lib/a"],
        ["lib/d → lib/settings", "lib/settings → lib/d"],
      ]);
      expect(describeCycles(cycles(concernEdges(root)))).toContain("lib/b/two.ts → ../c/three");
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
