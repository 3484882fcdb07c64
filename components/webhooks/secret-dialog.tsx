"use client";

import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";

export interface ShownSecret {
  name: string;
  secret: string;
  /** True after a rotation: the previous secret still signs for a while. */
  rotated: boolean;
}

/** The only place a destination's secret is ever shown: once, after create or rotate. */
export function SecretDialog({ shown, onClose }: { shown: ShownSecret | null; onClose: () => void }) {
  return (
    <Dialog
      open={shown !== null}
      onClose={onClose}
      title={shown?.rotated ? "New signing secret" : "Signing secret"}
      footer={
        <Button variant="primary" onClick={onClose}>
          Done
        </Button>
      }
    >
      {shown && (
        <div className="flex flex-col gap-3">
          <div className="flex gap-2.5 rounded-control border border-warning/30 bg-warning-soft px-3.5 py-3 text-sm text-warning">
            <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
            <p className="font-medium">
              Copy this secret now. It is shown only once: Clicktrail stores it encrypted and cannot show it again.
            </p>
          </div>
          <p>
            Give it to the receiver of <span className="font-medium text-foreground">{shown.name}</span> to check the
            Clicktrail-Signature header of each event.
            {shown.rotated &&
              " The previous secret stays valid for 24 hours, so the receiver can switch to the new one without missing events."}
          </p>
          <FormField id="webhook-secret" label="Secret">
            {(aria) => (
              <Textarea
                {...aria}
                readOnly
                rows={2}
                value={shown.secret}
                onFocus={(e) => e.currentTarget.select()}
                spellCheck={false}
                className="resize-none font-mono text-xs break-all"
              />
            )}
          </FormField>
          <div>
            <CopyButton value={shown.secret} label="Copy secret" />
          </div>
        </div>
      )}
    </Dialog>
  );
}
