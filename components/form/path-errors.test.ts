import { createFormControl, type ErrorOption } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { errorMessages, putErrors, toFieldErrors } from "./path-errors";

const FIELDS = ["name", "tags", "eventProperties"];

describe("putErrors", () => {
  it("sends each path under a field to setError, nested paths as they are, and the rest to the form's alert", () => {
    const calls: [string, ErrorOption][] = [];
    putErrors(
      {
        name: ["is required"],
        "tags.2": ["tags may use letters, digits, spaces and - _ . : /"],
        "eventProperties.campaign": ["keys must be at most 100 characters"],
        _: ["Unrecognized body"],
        tagsExtra: ["unknown field"],
      },
      FIELDS,
      "server",
      (path, error) => calls.push([path, error]),
    );
    expect(calls).toEqual([
      ["name", { type: "server", message: "is required" }],
      ["tags.2", { type: "server", message: "tags may use letters, digits, spaces and - _ . : /" }],
      ["eventProperties.campaign", { type: "server", message: "keys must be at most 100 characters" }],
      // "tagsExtra" only starts with a field's name: it is no path under it.
      ["root.unplaced", { type: "server", message: "Unrecognized body unknown field" }],
    ]);
  });

  it("joins several messages for one path", () => {
    const calls: [string, ErrorOption][] = [];
    putErrors({ name: ["is too long", "must not contain control characters"] }, FIELDS, "server", (path, error) =>
      calls.push([path, error]),
    );
    expect(calls).toEqual([["name", { type: "server", message: "is too long · must not contain control characters" }]]);
  });

  it("keeps a list's own error and its items' through RHF's setError, in either order", () => {
    for (const order of [
      ["tags.2", "tags"],
      ["tags", "tags.2"],
    ]) {
      const form = createFormControl({ defaultValues: { name: "", tags: ["a", "b", "c!"] } });
      const errors = Object.fromEntries(order.map((path) => [path, [path === "tags" ? "at most 20 tags" : "bad tag"]]));
      putErrors(errors, FIELDS, "server", (path, error) => form.setError(path as "tags", error));
      const tags = form.getFieldState("tags").error;
      expect(errorMessages(tags)).toEqual(["at most 20 tags", "2: bad tag"]);
    }
  });
});

describe("toFieldErrors", () => {
  it("nests paths as RHF does, a list's own message beside its items' whichever comes first", () => {
    for (const errors of [
      { "tags.2": ["bad tag"], tags: ["at most 20 tags"] },
      { tags: ["at most 20 tags"], "tags.2": ["bad tag"] },
    ]) {
      const nested = toFieldErrors(errors, FIELDS, "schema");
      expect(errorMessages(nested.tags)).toEqual(["at most 20 tags", "2: bad tag"]);
    }
  });

  it("files what belongs to no field under root.unplaced", () => {
    expect(toFieldErrors({ _: ["Unrecognized body"] }, FIELDS, "schema")).toEqual({
      root: { unplaced: { type: "schema", message: "Unrecognized body" } },
    });
  });
});

describe("errorMessages", () => {
  it("lists a field's own message, then nested ones with their label, skipping RHF's bookkeeping", () => {
    const error = {
      type: "server",
      message: "has problems",
      ref: { message: "an element, not an error" },
      rows: [undefined, { type: "custom", message: "needs a key" }],
    };
    expect(errorMessages(error)).toEqual(["has problems", "rows.1: needs a key"]);
    expect(errorMessages(error, (subPath) => `row ${Number(subPath.split(".")[1]) + 1}`)).toEqual([
      "has problems",
      "row 2: needs a key",
    ]);
  });

  it("finds nothing in no error", () => {
    expect(errorMessages(undefined)).toEqual([]);
  });
});
