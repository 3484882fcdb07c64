import { CircleAlert } from "lucide-react";

/** The messages for one field; its id is what the control's aria-describedby points at. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <div id={id} className="flex items-start gap-1.5 text-[13px] text-danger">
      <CircleAlert aria-hidden className="mt-0.5 size-3.5 shrink-0" />
      <span>{messages.join(" · ")}</span>
    </div>
  );
}
