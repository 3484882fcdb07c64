"use client";

import { LoaderCircle } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

interface RotateKeyDialogProps {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
  pending: boolean;
  error: string | null;
  nextVersion: number;
}

/** Rotation breaks nothing, so it confirms with the primary button rather than a danger one. */
export function RotateKeyDialog({ open, onClose, onConfirm, pending, error, nextVersion }: RotateKeyDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Rotate the signing key?"
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={pending} autoFocus>
            Cancel
          </Button>
          <Button variant="primary" onClick={onConfirm} disabled={pending}>
            {pending && <LoaderCircle aria-hidden className="animate-spin" />}
            Rotate key
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        {error && <Alert title={error} />}
        <p>
          Version {nextVersion} will sign every new link and open pixel. Links signed with older versions keep working until you
          retire those versions.
        </p>
      </div>
    </Dialog>
  );
}
