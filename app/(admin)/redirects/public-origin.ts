import { headers } from "next/headers";
import { publicOriginOf } from "@/lib/api/request-public-origin";

/** The origin recipients reach this instance on: PUBLIC_URL if set, else the request's host. */
export async function publicOrigin(): Promise<string> {
  return publicOriginOf(await headers());
}
