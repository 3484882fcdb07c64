/** DateTime values for raw SQL, in the form Prisma itself stores them. */

/** SQLite: Prisma's adapter stores ISO 8601 text with an explicit UTC offset (compares as text). */
export const sqliteDate = (d: Date): string => d.toISOString().replace("Z", "+00:00");

/** PostgreSQL: Prisma maps DateTime to `timestamp(3)` without time zone holding UTC wall time. */
export const pgTimestamp = (d: Date): string => d.toISOString().slice(0, 23);
