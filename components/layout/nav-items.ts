import {
  Fingerprint,
  KeyRound,
  KeySquare,
  LayoutDashboard,
  MailCheck,
  MousePointerClick,
  ShieldCheck,
  ScrollText,
  Signpost,
  Users,
  Webhook,
  type LucideIcon,
} from "lucide-react";
import { can, type Permission, type Role } from "@/lib/auth/roles";

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  /** Shown only to roles with this permission (the page checks it again on the server). */
  permission?: Permission;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Dashboard", icon: LayoutDashboard },
  { href: "/redirects", label: "Redirects", icon: Signpost },
  { href: "/clicks", label: "Clicks", icon: MousePointerClick, permission: "clicks:read" },
  { href: "/email", label: "Tracked email", icon: MailCheck, permission: "links:sign" },
  { href: "/settings/privacy", label: "Privacy", icon: ShieldCheck, permission: "privacy:manage" },
  { href: "/settings/signing-keys", label: "Signing keys", icon: KeyRound, permission: "signing-keys:manage" },
  { href: "/settings/webhooks", label: "Webhooks", icon: Webhook, permission: "webhooks:manage" },
  { href: "/settings/users", label: "Users", icon: Users, permission: "users:manage" },
  { href: "/settings/api-keys", label: "API keys", icon: KeySquare, permission: "api-keys:manage" },
  { href: "/settings/security", label: "Sign-in security", icon: Fingerprint, permission: "security:manage" },
  { href: "/settings/audit-log", label: "Audit log", icon: ScrollText, permission: "audit:read" },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || can(role, item.permission));
}

/** "/" is active only on itself; other sections also on their sub-pages. */
export function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}
