/**
 * A request and its answer as plain data: what the public endpoints take and give, whichever
 * mount (server.ts's lean layer or the App Router) carries them.
 */
export interface PlainRequest {
  method: string;
  /** Path plus query, as on the request line: `/redirect/abc/s-1?utm=x`. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** The TCP peer; only replaced by X-Forwarded-For when trustProxy is set. */
  remoteAddress: string | null;
}

export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}
