import { describe, expect, it } from "vitest";
import { CLICK_COLUMNS } from "../../lib/clicks/click-columns";
import { getDb, getDbProvider } from "../../lib/db/client";

describe("the click writers' column table", () => {
  it("names every column of the Click table but its ID, as the migrations made it", async () => {
    const sql =
      getDbProvider() === "postgres"
        ? `SELECT column_name::text AS "name" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'Click'`
        : `SELECT "name" FROM pragma_table_info('Click')`;
    const columns = (await getDb().$queryRawUnsafe<{ name: string }[]>(sql)).map((c) => c.name);
    expect(columns.filter((c) => c !== "id").sort()).toEqual([...CLICK_COLUMNS].sort());
  });
});
