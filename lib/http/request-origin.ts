/** Where an HTTP request came from, as audit rows record it (lib/auth/request-origin.ts reads it). */
export interface RequestOrigin {
  ip: string | null;
  /** Absent when not known. */
  userAgent?: string | null;
}
