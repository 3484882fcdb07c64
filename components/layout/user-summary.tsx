import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Role } from "@/lib/auth/roles";

const roleTone: Record<Role, BadgeTone> = { admin: "accent", editor: "success", viewer: "neutral" };

export function UserSummary({ email, role }: { email: string; role: Role }) {
  return (
    <div className="flex min-w-0 items-center gap-2.5 px-2.5 py-1">
      <span
        aria-hidden
        className="flex size-7 shrink-0 items-center justify-center rounded-full bg-surface-hover text-xs font-semibold text-muted uppercase"
      >
        {email.slice(0, 1)}
      </span>
      <div className="min-w-0 flex-1">
        <p className="truncate text-[13px] font-medium text-foreground" title={email}>
          {email}
        </p>
        <Badge tone={roleTone[role]} className="mt-0.5" aria-label={`Role: ${role}`}>
          {role}
        </Badge>
      </div>
    </div>
  );
}
