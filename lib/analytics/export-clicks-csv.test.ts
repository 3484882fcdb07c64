import { describe, expect, it } from "vitest";
import { CLICK_COLUMNS } from "../clicks/click-columns";
import { CSV_COLUMNS } from "./export-clicks-csv";

describe("the CSV export's columns", () => {
  it("are every stored column of a click, its ID and its redirect's name, each once", () => {
    expect([...CSV_COLUMNS].sort()).toEqual(["id", "redirectName", ...CLICK_COLUMNS].sort());
  });
});
