import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlClasses } from "./control-classes";

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(controlClasses, "min-h-20 py-2 leading-relaxed", className)} {...props} />;
}
