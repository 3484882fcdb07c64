"use client";

import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { Role } from "@/lib/auth/roles";
import { NavLinks } from "./nav-links";

/** The phone header's menu: nav links plus the account block, closed again on navigation. */
export function MobileNav({ account, role }: { account: ReactNode; role: Role }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const [seenPath, setSeenPath] = useState(pathname);
  if (seenPath !== pathname) {
    // Navigation closes the menu in the render that sees the new path, before it is painted.
    setSeenPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <Button
        variant="ghost"
        size="icon"
        aria-expanded={open}
        aria-controls="mobile-menu"
        aria-label={open ? "Close menu" : "Open menu"}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? <X aria-hidden /> : <Menu aria-hidden />}
      </Button>
      <div
        id="mobile-menu"
        hidden={!open}
        className="absolute inset-x-0 top-full border-b border-border bg-surface px-3 pt-2 pb-3 shadow-lg"
      >
        <nav aria-label="Main">
          <NavLinks role={role} onNavigate={() => setOpen(false)} />
        </nav>
        <div className="mt-2 border-t border-border pt-2">{account}</div>
      </div>
    </>
  );
}
