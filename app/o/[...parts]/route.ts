import { publicRouteHandler } from "@/lib/http/public-route-handler";

export const dynamic = "force-dynamic";
export { publicRouteHandler as GET, publicRouteHandler as HEAD };
