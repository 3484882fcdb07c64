import { z } from "zod";

/** What the sign-in form sends. Lenient: any failure is the same "wrong email or password". */
export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});
