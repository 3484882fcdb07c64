"use client";

import { LoaderCircle } from "lucide-react";
import type { ReactNode } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Dialog } from "./dialog";

interface ConfirmDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  /** The destructive action's label, e.g. "Delete redirect". */
  confirmLabel: ReactNode;
  onConfirm: () => void;
  pending: boolean;
  error?: string | null;
  children: ReactNode;
}

/** Asks before a destructive action: Cancel has the focus, the action shows its progress. */
export function ConfirmDialog({ open, onClose, title, confirmLabel, onConfirm, pending, error, children }: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={pending} autoFocus>
            Cancel
          </Button>
          <Button variant="danger" onClick={onConfirm} disabled={pending}>
            {pending && <LoaderCircle aria-hidden className="animate-spin" />}
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        {error && <Alert title={error} />}
        {children}
      </div>
    </Dialog>
  );
}
