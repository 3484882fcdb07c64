import type { ComponentProps } from "react";
import { Input } from "@/components/ui/input";

/** A session ID field: monospace, no autocomplete or spell check, at most 128 characters. */
export function SessionIdInput(props: ComponentProps<typeof Input>) {
  return (
    <Input
      placeholder="s-12345"
      autoComplete="off"
      spellCheck={false}
      maxLength={128}
      className="font-mono text-[13px]"
      {...props}
    />
  );
}
