-- CreateTable
CREATE TABLE "ClickHourlyDim" (
    "scope" TEXT NOT NULL,
    "hour" DATETIME NOT NULL,
    "dim" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "human" INTEGER NOT NULL DEFAULT 0,
    "bot" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("scope", "hour", "dim", "value")
);

-- CreateTable
CREATE TABLE "ClickDaily" (
    "redirectId" TEXT NOT NULL,
    "day" DATETIME NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "human" INTEGER NOT NULL DEFAULT 0,
    "bot" INTEGER NOT NULL DEFAULT 0,
    "sessions" BLOB,
    "visitors" BLOB,

    PRIMARY KEY ("redirectId", "day")
);

-- CreateTable
CREATE TABLE "ClickDailyDim" (
    "scope" TEXT NOT NULL,
    "day" DATETIME NOT NULL,
    "dim" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "human" INTEGER NOT NULL DEFAULT 0,
    "bot" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("scope", "day", "dim", "value")
);

-- CreateIndex
CREATE INDEX "ClickDaily_day_idx" ON "ClickDaily"("day");
-- Backfill from what earlier versions stored. Sketches of the new all-clicks and daily rows cannot be
-- merged in SQL: unique counts of the overview start with this version; ranked lists cover the
-- raw clicks still kept (retention may have deleted older ones).
INSERT INTO "ClickHourly" ("redirectId", "hour", "total", "human", "bot")
SELECT '*', "hour", SUM("total"), SUM("human"), SUM("bot") FROM "ClickHourly" GROUP BY "hour";

INSERT INTO "ClickHourlyDim" ("scope", "hour", "dim", "value", "total", "human", "bot")
SELECT "scope", "hour", "dim", "value", COUNT(*), SUM(1 - "isBot"), SUM("isBot") FROM (
  SELECT COALESCE("redirectId", '') AS "scope", substr("at", 1, 13) || ':00:00.000+00:00' AS "hour", "isBot",
         'country' AS "dim", COALESCE("country", '') AS "value" FROM "Click"
  UNION ALL
  SELECT COALESCE("redirectId", ''), substr("at", 1, 13) || ':00:00.000+00:00', "isBot", 'browser', COALESCE("browser", '') FROM "Click"
  UNION ALL
  SELECT COALESCE("redirectId", ''), substr("at", 1, 13) || ':00:00.000+00:00', "isBot", 'os', COALESCE("os", '') FROM "Click"
  UNION ALL
  SELECT COALESCE("redirectId", ''), substr("at", 1, 13) || ':00:00.000+00:00', "isBot", 'device', COALESCE("deviceType", '') FROM "Click"
  UNION ALL
  SELECT COALESCE("redirectId", ''), substr("at", 1, 13) || ':00:00.000+00:00', "isBot", 'referer',
    CASE
      WHEN "referer" IS NULL OR "referer" = '' THEN ''
      WHEN instr("referer", '://') > 0 THEN lower(substr("h", 1, CASE instr("h", '/') WHEN 0 THEN 255 ELSE instr("h", '/') - 1 END))
      ELSE lower(substr("referer", 1, 255))
    END
  FROM (SELECT *, replace(replace(replace(substr("referer", instr("referer", '://') + 3), '?', '/'), '#', '/'), ':', '/') AS "h" FROM "Click")
) GROUP BY "scope", "hour", "dim", "value";

INSERT INTO "ClickHourlyDim" ("scope", "hour", "dim", "value", "total", "human", "bot")
SELECT '*', "hour", "dim", "value", SUM("total"), SUM("human"), SUM("bot") FROM "ClickHourlyDim" GROUP BY "hour", "dim", "value";

INSERT INTO "ClickDaily" ("redirectId", "day", "total", "human", "bot")
SELECT "redirectId", substr("hour", 1, 10) || 'T00:00:00.000+00:00', SUM("total"), SUM("human"), SUM("bot")
FROM "ClickHourly" GROUP BY 1, 2;

INSERT INTO "ClickDailyDim" ("scope", "day", "dim", "value", "total", "human", "bot")
SELECT "scope", substr("hour", 1, 10) || 'T00:00:00.000+00:00', "dim", "value", SUM("total"), SUM("human"), SUM("bot")
FROM "ClickHourlyDim" GROUP BY 1, 2, 3, 4;
