import { redirectRouteHandler } from "@/lib/redirects/route-handler";

export const dynamic = "force-dynamic";
export { redirectRouteHandler as GET, redirectRouteHandler as HEAD };
