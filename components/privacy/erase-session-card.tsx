"use client";

import { Eraser, LoaderCircle } from "lucide-react";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";
import { StatusNote } from "@/components/ui/status-note";
import { countSessionClicksAction, eraseSessionAction } from "@/lib/actions/privacy";
import { fieldErrors } from "@/lib/errors";
import { sessionRefSchema } from "@/lib/privacy/schema";
import { SessionIdInput } from "./session-id-input";

const numberFormat = new Intl.NumberFormat("en");
const clicks = (n: number) => `${numberFormat.format(n)} click${n === 1 ? "" : "s"}`;

/** Card (c): deletes every click of a session ID after a confirmation that says how many. */
export function EraseSessionCard() {
  const [sessionId, setSessionId] = useState("");
  const [errors, setErrors] = useState<string[] | undefined>();
  const [pending, startTransition] = useTransition();
  /** The session and its click count while the confirmation is open. */
  const [confirm, setConfirm] = useState<{ sessionId: string; count: number } | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; erased: boolean } | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    const parsed = sessionRefSchema.safeParse({ sessionId });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error).sessionId);
      return;
    }
    const id = parsed.data.sessionId;
    startTransition(async () => {
      const result = await countSessionClicksAction(id);
      if (!result.ok) {
        setErrors(result.fieldErrors?.sessionId ?? [result.message]);
        return;
      }
      if (result.data === 0) {
        setOutcome({ text: `No clicks are stored for session ${id}; there is nothing to erase.`, erased: false });
        return;
      }
      setDialogError(null);
      setConfirm({ sessionId: id, count: result.data });
    });
  }

  function erase() {
    if (!confirm) return;
    setDialogError(null);
    startTransition(async () => {
      const result = await eraseSessionAction(confirm.sessionId);
      if (!result.ok) {
        setDialogError(result.message);
        return;
      }
      setConfirm(null);
      setSessionId("");
      setOutcome({ text: `Erased ${clicks(result.data.erased)} of session ${confirm.sessionId}.`, erased: true });
    });
  }

  return (
    <Card>
      <CardHeader
        title="Erase a session"
        description="Deletes every recorded click of a session ID for good, e.g. on a data subject’s request. The erasure is written to the audit log."
      />
      <CardBody>
        <form onSubmit={onSubmit} noValidate aria-label="Erase a session" className="flex flex-col gap-3">
          <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-start">
            <FormField
              id="erase-sessionId"
              label="Session ID"
              errors={errors}
              hint="Hourly totals on the dashboard keep counting these clicks; they hold no personal data."
            >
              {(aria) => (
                <SessionIdInput
                  {...aria}
                  value={sessionId}
                  onChange={(e) => {
                    setSessionId(e.target.value);
                    setErrors(undefined);
                    setOutcome(null);
                  }}
                />
              )}
            </FormField>
            <Button type="submit" variant="secondary" disabled={pending} className="text-danger! sm:mt-[1.625rem]">
              {pending && !confirm ? <LoaderCircle aria-hidden className="animate-spin" /> : <Eraser aria-hidden />}
              Erase clicks…
            </Button>
          </div>
          <StatusNote tone={outcome?.erased === false ? "neutral" : "success"}>{outcome?.text}</StatusNote>
        </form>
      </CardBody>

      <ConfirmDialog
        open={confirm !== null}
        onClose={() => setConfirm(null)}
        title="Erase this session’s clicks?"
        confirmLabel={<>Erase {confirm && clicks(confirm.count)}</>}
        onConfirm={erase}
        pending={pending}
        error={dialogError}
      >
        {confirm && (
          <p>
            <strong className="font-medium text-foreground">{clicks(confirm.count)}</strong> of session{" "}
            <code className="rounded bg-surface-muted px-1 py-0.5 font-mono text-xs break-all text-foreground">
              {confirm.sessionId}
            </code>{" "}
            will be deleted. This cannot be undone.
          </p>
        )}
      </ConfirmDialog>
    </Card>
  );
}
