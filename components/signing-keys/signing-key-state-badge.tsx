import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { SigningKeyState } from "@/lib/signing/schema";

const LABELS: Record<SigningKeyState, { label: string; tone: BadgeTone }> = {
  current: { label: "Current · signs new links", tone: "success" },
  active: { label: "Verifies older links", tone: "neutral" },
  retired: { label: "Retired", tone: "danger" },
};

export function SigningKeyStateBadge({ state }: { state: SigningKeyState }) {
  const { label, tone } = LABELS[state];
  return (
    <Badge tone={tone} dot>
      {label}
    </Badge>
  );
}
