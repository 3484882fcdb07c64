/**
 * server.ts's maxHeaderSize: the request line and every header fit in it. Node refuses more than
 * 16 KB by default with a 431 before any code of ours runs; a recipient with an absurd user agent
 * must still be redirected (the stored value is cut to 512), so the cap is raised to this.
 */
export const MAX_HEADER_BYTES = 64 * 1024;
