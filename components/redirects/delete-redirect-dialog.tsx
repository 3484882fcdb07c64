"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteRedirectAction } from "@/lib/actions/redirects";

export function DeleteRedirectDialog({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function confirm() {
    setError(null);
    startTransition(async () => {
      const result = await deleteRedirectAction(id);
      if (result.ok) {
        router.push("/redirects");
      } else {
        setError(result.message);
      }
    });
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} className="text-danger!">
        <Trash2 aria-hidden />
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title="Delete this redirect?"
        confirmLabel="Delete redirect"
        onConfirm={confirm}
        pending={pending}
        error={error}
      >
        <p>
          <strong className="font-medium text-foreground">{name}</strong> will stop redirecting at once: its link answers 404 from
          now on. Recorded clicks are kept.
        </p>
        <p>
          The ID <code className="rounded bg-surface-muted px-1 py-0.5 font-mono text-xs text-foreground">{id}</code> can never be
          used again, not even for a new redirect.
        </p>
      </ConfirmDialog>
    </>
  );
}
