import { getServerSession } from "next-auth";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { getAuthOptions } from "@/lib/auth/options";
import { requirePageActor } from "@/lib/auth/session-actor";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor("redirects:read");
  // The role comes from the actor (reloaded from the database), the email from the session.
  const session = await getServerSession(getAuthOptions());
  return (
    <AppShell email={session?.user?.email ?? actor.label} role={actor.role}>
      {children}
    </AppShell>
  );
}
