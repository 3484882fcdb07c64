import { z } from "zod";

/** What the sign-in form sends. Lenient: any failure is the same "wrong email or password". */
export const credentialsSchema = z.object({
  // The cap comes first and aborts: an oversized value is refused before trim and lowercase copy it.
  email: z.string().max(1024, { abort: true }).trim().toLowerCase().max(254),
  password: z.string().max(200),
});
