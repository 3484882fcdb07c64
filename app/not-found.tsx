import { FileQuestion } from "lucide-react";
import type { Metadata } from "next";
import { connection } from "next/server";
import { FullPageMessage } from "@/components/layout/full-page-message";

export const metadata: Metadata = { title: "Not found" };

export default async function NotFound() {
  // Rendered per request like every page: a prerendered copy would carry no CSP nonce (proxy.ts),
  // and its scripts would be refused.
  await connection();
  return (
    <FullPageMessage icon={FileQuestion} title="Page not found">
      The page you asked for does not exist or was deleted.
    </FullPageMessage>
  );
}
