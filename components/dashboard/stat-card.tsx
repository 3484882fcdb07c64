import type { LucideIcon } from "lucide-react";
import { Card } from "@/components/ui/card";

interface StatCardProps {
  label: string;
  value: number;
  icon: LucideIcon;
  hint?: string;
}

const numberFormat = new Intl.NumberFormat("en");

export function StatCard({ label, value, icon: Icon, hint }: StatCardProps) {
  return (
    <Card role="group" aria-label={label} className="min-w-0 p-3 sm:p-5">
      <div className="flex items-start justify-between gap-2">
        <p className="text-xs font-medium text-muted sm:text-[13px]">{label}</p>
        <Icon aria-hidden className="hidden size-4 shrink-0 text-subtle sm:block" />
      </div>
      <p className="mt-1 text-xl font-semibold tracking-tight tabular-nums sm:mt-2 sm:text-2xl">
        {numberFormat.format(value)}
      </p>
      {hint && <p className="mt-1 hidden text-xs text-subtle sm:block">{hint}</p>}
    </Card>
  );
}
