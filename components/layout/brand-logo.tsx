import { MousePointerClick } from "lucide-react";
import Link from "next/link";

export function BrandLogo() {
  return (
    <Link href="/" className="flex items-center gap-2 rounded-control text-[15px] font-semibold tracking-tight text-foreground">
      <span className="flex size-7 items-center justify-center rounded-control bg-accent text-accent-foreground shadow-sm">
        <MousePointerClick aria-hidden className="size-4" />
      </span>
      Clicktrail
    </Link>
  );
}
