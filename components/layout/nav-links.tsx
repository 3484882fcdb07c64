"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import type { Role } from "@/lib/auth/roles";
import { isEmailPage } from "@/lib/http/security-headers";
import { isActive, navItemsFor } from "./nav-items";

export function NavLinks({ role, onNavigate }: { role: Role; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-col gap-0.5">
      {navItemsFor(role).map(({ href, label, icon: Icon }) => {
        const active = isActive(pathname, href);
        // The email page runs under a Content-Security-Policy of its own, which a document keeps
        // for its lifetime: going to or from it loads a new document (lib/http/security-headers.ts).
        const NavLink = isEmailPage(pathname) || isEmailPage(href) ? "a" : Link;
        return (
          <li key={href}>
            <NavLink
              href={href}
              onClick={onNavigate}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex h-9 items-center gap-2.5 rounded-control px-2.5 text-sm font-medium transition-colors",
                active ? "bg-surface-hover text-foreground" : "text-muted hover:bg-surface-hover/70 hover:text-foreground",
              )}
            >
              <Icon aria-hidden className={cn("size-4", active ? "text-accent" : "text-subtle")} />
              {label}
            </NavLink>
          </li>
        );
      })}
    </ul>
  );
}
