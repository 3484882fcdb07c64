"use client";

import { LoaderCircle, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteRedirectAction } from "@/app/(admin)/redirects/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

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
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Delete this redirect?"
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending} autoFocus>
              Cancel
            </Button>
            <Button variant="danger" onClick={confirm} disabled={pending}>
              {pending && <LoaderCircle aria-hidden className="animate-spin" />}
              Delete redirect
            </Button>
          </>
        }
      >
        <div className="flex flex-col gap-3">
          {error && <Alert title={error} />}
          <p>
            <strong className="font-medium text-foreground">{name}</strong> will stop redirecting at once: its link
            answers 404 from now on. Recorded clicks are kept.
          </p>
          <p>
            The ID <code className="rounded bg-surface-muted px-1 py-0.5 font-mono text-xs text-foreground">{id}</code>{" "}
            can never be used again, not even for a new redirect.
          </p>
        </div>
      </Dialog>
    </>
  );
}
