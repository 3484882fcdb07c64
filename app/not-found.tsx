import { FileQuestion } from "lucide-react";
import type { Metadata } from "next";
import { connection } from "next/server";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Not found" };

export default async function NotFound() {
  // Rendered per request like every page: a prerendered copy would carry no CSP nonce (proxy.ts),
  // and its scripts would be refused.
  await connection();
  return (
    <div className="flex min-h-[70dvh] items-center justify-center p-6">
      <EmptyState
        icon={FileQuestion}
        title="Page not found"
        actions={
          <ButtonLink href="/" variant="primary">
            Back to the dashboard
          </ButtonLink>
        }
      >
        The page you asked for does not exist or was deleted.
      </EmptyState>
    </div>
  );
}
