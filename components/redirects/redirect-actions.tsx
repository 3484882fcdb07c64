"use client";

import { LoaderCircle, Pause, Pencil, Play } from "lucide-react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { setRedirectStatusAction } from "@/lib/actions/redirects";
import type { RedirectStatus } from "@/lib/redirects/schema";
import { DeleteRedirectDialog } from "./delete-redirect-dialog";

/** Edit, pause/resume and delete; only rendered for roles that may write. */
export function RedirectActions({ id, name, status }: { id: string; name: string; status: RedirectStatus }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const next: RedirectStatus = status === "active" ? "paused" : "active";

  function toggleStatus() {
    setError(null);
    startTransition(async () => {
      const result = await setRedirectStatusAction(id, next);
      if (!result.ok) setError(result.message);
    });
  }

  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2">
        <ButtonLink href={`/redirects/${encodeURIComponent(id)}/edit`}>
          <Pencil aria-hidden />
          Edit
        </ButtonLink>
        <Button onClick={toggleStatus} disabled={pending}>
          {pending ? (
            <LoaderCircle aria-hidden className="animate-spin" />
          ) : next === "paused" ? (
            <Pause aria-hidden />
          ) : (
            <Play aria-hidden />
          )}
          {next === "paused" ? "Pause" : "Resume"}
        </Button>
        <DeleteRedirectDialog id={id} name={name} />
      </div>
      {error && (
        <p role="alert" className="text-[13px] text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
