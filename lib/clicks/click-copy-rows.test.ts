import { describe, expect, it } from "vitest";
import { CLICK_COLUMNS } from "./click-columns";
import { clickCopyRows, copyField } from "./click-copy-rows";
import { CLICK } from "../webhooks/sample-click.fixture";
import type { ClickRow } from "./enrich-click";

const { id: _id, ...stored } = CLICK;
const row = (over: Partial<ClickRow> = {}): ClickRow => ({ ...stored, ...over });

describe("COPY text rows", () => {
  it("writes NULL as \\N and escapes backslash, tab, newline and carriage return", () => {
    expect(copyField(null)).toBe("\\N");
    expect(copyField("plain")).toBe("plain");
    expect(copyField("\\N")).toBe("\\\\N");
    expect(copyField("a\tb\nc\rd\\e")).toBe("a\\tb\\nc\\rd\\\\e");
  });

  it("one line per click, one field per column, the ID last when given", () => {
    const text = clickCopyRows([row({ userAgent: "x\ty\nz", isBot: true, botReason: "burst", referer: null }), row()], [41, 42]);
    const lines = text.split("\n");
    expect(lines.at(-1)).toBe("");
    expect(lines).toHaveLength(3);
    const fields = lines[0].split("\t");
    expect(fields).toHaveLength(CLICK_COLUMNS.length + 1);
    expect(fields[0]).toBe("2026-11-26T12:34:56.789");
    expect(fields[CLICK_COLUMNS.indexOf("userAgent")]).toBe("x\\ty\\nz");
    expect(fields[CLICK_COLUMNS.indexOf("properties")]).toBe(JSON.stringify(CLICK.properties));
    expect(fields[CLICK_COLUMNS.indexOf("isBot")]).toBe("t");
    expect(fields[CLICK_COLUMNS.indexOf("referer")]).toBe("\\N");
    expect(fields.at(-1)).toBe("41");
    expect(clickCopyRows([row()], null).split("\t")).toHaveLength(CLICK_COLUMNS.length);
  });
});
