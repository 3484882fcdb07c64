import { errorResponse, queryObject } from "@/lib/api/with-api-key";
import { getSessionActor } from "@/lib/auth/session-actor";
import { AppError, parseInput } from "@/lib/errors";
import { qrQuerySchema, renderRedirectQr } from "@/lib/redirects/render-redirect-qr";
import { publicOrigin } from "../../public-origin";

/** GET /redirects/<id>/qr?format=png|svg&size=…&download=1 — for signed-in users, like the page. */
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const actor = await getSessionActor();
    if (!actor) throw new AppError("unauthorized", "Sign in to download QR codes.");
    const { id } = await ctx.params;
    const { format, size, download } = parseInput(qrQuerySchema, queryObject(req));
    const qr = await renderRedirectQr(actor, { id, origin: await publicOrigin(), format, size });
    const headers: Record<string, string> = {
      "content-type": qr.contentType,
      "cache-control": "private, max-age=300",
      "x-content-type-options": "nosniff",
      // The SVG is generated here, but an image opened directly must not run anything either.
      "content-security-policy": "default-src 'none'",
    };
    if (download === "1") headers["content-disposition"] = `attachment; filename="qr-${id}.${format}"`;
    return new Response(qr.body as BodyInit, { headers });
  } catch (err) {
    return errorResponse(err);
  }
}
