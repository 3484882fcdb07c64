import { publicRouteHandler } from "@/lib/public-endpoints/public-route-handler";

export const dynamic = "force-dynamic";
export { publicRouteHandler as GET, publicRouteHandler as HEAD };
