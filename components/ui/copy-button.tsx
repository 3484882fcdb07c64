"use client";

import { Check, Copy } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "./button";
import type { ButtonSize, ButtonVariant } from "./button-classes";

interface CopyButtonProps {
  value: string;
  label?: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Read the value out with the label; off for long values such as a whole email. */
  announceValue?: boolean;
}

export function CopyButton({ value, label = "Copy", variant = "secondary", size = "sm", announceValue = true }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await writeClipboard(value);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <Button variant={variant} size={size} onClick={copy} aria-label={announceValue ? `${label}: ${value}` : undefined}>
      {state === "copied" ? <Check aria-hidden className="text-success" /> : <Copy aria-hidden />}
      <span aria-live="polite">{state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : label}</span>
    </Button>
  );
}

/**
 * navigator.clipboard exists only in secure contexts; a self-hosted instance is often reached
 * over plain http on a LAN, where the older execCommand path still works.
 */
async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("copy failed");
}
