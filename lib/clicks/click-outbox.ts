import type Database from "better-sqlite3";
import type pg from "pg";
import type { ClickRow } from "./enrich-click";

/*
 * What commits with every batch of clicks besides the clicks and their rollups: the webhook
 * outbox (lib/webhooks), handed to the writers by whoever builds them (lib/click-pipeline).
 * A writer calls it inside the batch's transaction, so a click and its outbox rows commit
 * together or not at all (docs/adr/0011-webhook-outbox.md): `open` first, which returns the
 * batch's queue or null when nothing listens (the writer then need not know the clicks' IDs);
 * the queue once the clicks are in, returning how many rows it added; `committed` after a
 * commit that added some.
 */

/** A click as written: the ID the database gave it, and its row. */
export interface WrittenClick {
  id: number;
  row: ClickRow;
}

/** Built once on the SQLite writer's connection; synchronous, as better-sqlite3's transactions are. */
export type SqliteClickOutbox = (db: Database.Database) => {
  open(): ((clicks: WrittenClick[]) => number) | null;
  committed(): void;
};

/** Opened on the client that holds the batch's transaction. */
export interface PostgresClickOutbox {
  open(client: pg.PoolClient): Promise<((clicks: WrittenClick[]) => Promise<number>) | null>;
  committed(): void;
}
