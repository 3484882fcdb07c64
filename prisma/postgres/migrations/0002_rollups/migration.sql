-- CreateTable
CREATE TABLE "ClickHourlyDim" (
    "scope" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "dim" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "human" INTEGER NOT NULL DEFAULT 0,
    "bot" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClickHourlyDim_pkey" PRIMARY KEY ("scope","hour","dim","value")
);

-- CreateTable
CREATE TABLE "ClickDaily" (
    "redirectId" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "human" INTEGER NOT NULL DEFAULT 0,
    "bot" INTEGER NOT NULL DEFAULT 0,
    "sessions" BYTEA,
    "visitors" BYTEA,

    CONSTRAINT "ClickDaily_pkey" PRIMARY KEY ("redirectId","day")
);

-- CreateTable
CREATE TABLE "ClickDailyDim" (
    "scope" TEXT NOT NULL,
    "day" TIMESTAMP(3) NOT NULL,
    "dim" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "human" INTEGER NOT NULL DEFAULT 0,
    "bot" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClickDailyDim_pkey" PRIMARY KEY ("scope","day","dim","value")
);

-- CreateIndex
CREATE INDEX "ClickDaily_day_idx" ON "ClickDaily"("day");
-- Backfill from what earlier versions stored. Sketches of the new all-clicks and daily rows cannot be
-- merged in SQL: unique counts of the overview start with this version; ranked lists cover the
-- raw clicks still kept (retention may have deleted older ones).
INSERT INTO "ClickHourly" ("redirectId", "hour", "total", "human", "bot")
SELECT '*', "hour", SUM("total"), SUM("human"), SUM("bot") FROM "ClickHourly" GROUP BY "hour";

INSERT INTO "ClickHourlyDim" ("scope", "hour", "dim", "value", "total", "human", "bot")
SELECT COALESCE(c."redirectId", ''), date_trunc('hour', c."at"), d."dim", d."value",
       COUNT(*), SUM(CASE WHEN c."isBot" THEN 0 ELSE 1 END), SUM(CASE WHEN c."isBot" THEN 1 ELSE 0 END)
FROM "Click" c
CROSS JOIN LATERAL (VALUES
  ('country', COALESCE(c."country", '')),
  ('browser', COALESCE(c."browser", '')),
  ('os', COALESCE(c."os", '')),
  ('device', COALESCE(c."deviceType", '')),
  ('referer', CASE
     WHEN c."referer" IS NULL OR c."referer" = '' THEN ''
     ELSE lower(left(COALESCE(substring(c."referer" from '^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:]+)'), c."referer"), 255))
   END)
) AS d("dim", "value")
GROUP BY 1, 2, 3, 4;

INSERT INTO "ClickHourlyDim" ("scope", "hour", "dim", "value", "total", "human", "bot")
SELECT '*', "hour", "dim", "value", SUM("total"), SUM("human"), SUM("bot") FROM "ClickHourlyDim" GROUP BY "hour", "dim", "value";

INSERT INTO "ClickDaily" ("redirectId", "day", "total", "human", "bot")
SELECT "redirectId", date_trunc('day', "hour"), SUM("total"), SUM("human"), SUM("bot") FROM "ClickHourly" GROUP BY 1, 2;

INSERT INTO "ClickDailyDim" ("scope", "day", "dim", "value", "total", "human", "bot")
SELECT "scope", date_trunc('day', "hour"), "dim", "value", SUM("total"), SUM("human"), SUM("bot") FROM "ClickHourlyDim" GROUP BY 1, 2, 3, 4;
