import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { getRedirect } from "@/lib/redirects/get-redirect";
import { REDIRECT_ID_PATTERN, type RedirectDto } from "@/lib/redirects/schema";

/** The redirect for a page's [id] segment, or the 404 page (also for malformed and deleted IDs). */
export async function loadRedirect(actor: Actor, id: string): Promise<RedirectDto> {
  // Valid IDs never need percent-encoding, so anything else is simply not a redirect.
  if (!REDIRECT_ID_PATTERN.test(id)) notFound();
  try {
    return await getRedirect(actor, id);
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  }
}
