import type { ReactNode } from "react";
import type { Role } from "@/lib/auth/roles";
import { BrandLogo } from "./brand-logo";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { UserSummary } from "./user-summary";

/** Sidebar on wide screens; a top bar with a menu on phones. */
export function AppShell({ email, role, children }: { email: string; role: Role; children: ReactNode }) {
  const account = (
    <div className="flex flex-col gap-1">
      <UserSummary email={email} role={role} />
      <SignOutButton />
    </div>
  );
  return (
    <div className="min-h-dvh md:grid md:grid-cols-[15rem_1fr]">
      <a
        href="#main"
        className="sr-only z-50 rounded-control bg-surface px-3 py-2 focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>
      <aside className="hidden border-r border-border bg-surface md:block">
        <div className="sticky top-0 flex h-dvh flex-col">
          <div className="flex h-14 items-center px-4">
            <BrandLogo />
          </div>
          <nav aria-label="Main" className="flex-1 overflow-y-auto px-2.5 py-2">
            <NavLinks role={role} />
          </nav>
          <div className="border-t border-border p-2.5">{account}</div>
        </div>
      </aside>
      <header className="sticky top-0 z-30 flex h-14 items-center justify-between border-b border-border bg-surface/90 px-4 backdrop-blur md:hidden">
        <BrandLogo />
        <MobileNav account={account} role={role} />
      </header>
      <main id="main" className="min-w-0">
        <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 md:py-8 lg:px-8">{children}</div>
      </main>
    </div>
  );
}
