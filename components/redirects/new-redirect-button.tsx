import { Plus } from "lucide-react";
import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button-link";
import { can, type Role } from "@/lib/auth/roles";

/** Shown only to roles that may create redirects; the server checks again on submit. */
export function NewRedirectButton({ role }: { role: Role }) {
  if (!can(role, "redirects:write")) return null;
  return <NewRedirectLink>New redirect</NewRedirectLink>;
}

/** The primary link to the new-redirect form; the caller shows it only to roles that may create. */
export function NewRedirectLink({ children }: { children: ReactNode }) {
  return (
    <ButtonLink href="/redirects/new" variant="primary">
      <Plus aria-hidden />
      {children}
    </ButtonLink>
  );
}
