"use client";

import { KeyRound, LoaderCircle, RotateCw } from "lucide-react";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { CardStatus } from "@/components/ui/status-note";
import { HiddenHeaderCell, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { retireSigningKeyAction, rotateSigningKeyAction } from "@/lib/actions/signing-keys";
import type { ListedSigningKey } from "@/lib/signing/list-signing-keys";
import { RotateKeyDialog } from "./rotate-key-dialog";
import { SigningKeyStateBadge } from "./signing-key-state-badge";

/** Key versions with rotation and a two-step retirement (usage warning, then confirmation). */
export function SigningKeyList({ keys }: { keys: ListedSigningKey[] }) {
  const [pending, startTransition] = useTransition();
  const [rotating, setRotating] = useState(false);
  const [rotateError, setRotateError] = useState<string | null>(null);
  /** The version being checked for retirement, while its usage estimate loads. */
  const [checking, setChecking] = useState<number | null>(null);
  const [retire, setRetire] = useState<{ version: number; warning: string } | null>(null);
  const [retireError, setRetireError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const unreadable = keys.filter((k) => !k.readable && k.state !== "retired");

  function rotate() {
    setRotateError(null);
    startTransition(async () => {
      const result = await rotateSigningKeyAction();
      if (!result.ok) {
        setRotateError(result.message);
        return;
      }
      setRotating(false);
      setOutcome(`Version ${result.data.version} now signs new links.`);
    });
  }

  function askRetire(version: number) {
    setError(null);
    setOutcome(null);
    setChecking(version);
    startTransition(async () => {
      const result = await retireSigningKeyAction({ version });
      setChecking(null);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      // Without confirm nothing is retired; this only narrows the result to the warning.
      if (result.data.retired) return;
      setRetireError(null);
      setRetire({ version, warning: result.data.warning });
    });
  }

  function confirmRetire() {
    if (!retire) return;
    setRetireError(null);
    startTransition(async () => {
      const result = await retireSigningKeyAction({ version: retire.version, confirm: true });
      if (!result.ok) {
        setRetireError(result.message);
        return;
      }
      setRetire(null);
      setOutcome(`Retired version ${retire.version}; its links now get the not-found page.`);
    });
  }

  return (
    <Card>
      <CardHeader
        title="Key versions"
        description="Rotate regularly, or at once if a key may have leaked. Retire a version only when its links may stop working."
        actions={
          <Button
            onClick={() => {
              setOutcome(null);
              setError(null);
              setRotateError(null);
              setRotating(true);
            }}
          >
            <RotateCw aria-hidden />
            Rotate key
          </Button>
        }
      />
      {unreadable.length > 0 && (
        <div className="border-b border-border px-4 py-3 sm:px-5">
          <Alert title={`${unreadable.map((k) => `Version ${k.version}`).join(", ")} cannot be opened`}>
            <p>
              This server’s AUTH_SECRET does not open {unreadable.length === 1 ? "it" : "them"} (was AUTH_SECRET changed, or does
              another instance use a different one?). Links signed with {unreadable.length === 1 ? "it" : "them"} get the
              not-found page.{" "}
              {unreadable.some((k) => k.state === "current")
                ? "Nothing can be signed until you rotate the key; then retire the versions that cannot be opened."
                : unreadable.length === 1
                  ? "Retire it once you have checked the secret, or restore the old AUTH_SECRET to bring its links back."
                  : "Retire them once you have checked the secret, or restore the old AUTH_SECRET to bring their links back."}
            </p>
          </Alert>
        </div>
      )}
      {keys.length === 0 ? (
        <EmptyState icon={KeyRound} title="No signing key yet">
          Version 1 is created the first time a tracked link is signed. Rotating now creates it.
        </EmptyState>
      ) : (
        <Table aria-label="Signing key versions">
          <TableHead>
            <tr>
              <TableHeaderCell>Version</TableHeaderCell>
              <TableHeaderCell>State</TableHeaderCell>
              <TableHeaderCell>Created</TableHeaderCell>
              <TableHeaderCell>Retired</TableHeaderCell>
              <HiddenHeaderCell>Actions</HiddenHeaderCell>
            </tr>
          </TableHead>
          <TableBody>
            {keys.map((key) => (
              <TableRow key={key.version}>
                <TableCell className="font-medium tabular-nums">v{key.version}</TableCell>
                <TableCell>
                  <span className="flex flex-wrap gap-1.5">
                    <SigningKeyStateBadge state={key.state} />
                    {!key.readable && key.state !== "retired" && (
                      <Badge tone="danger" dot>
                        Cannot be opened
                      </Badge>
                    )}
                  </span>
                </TableCell>
                <TableCell className="whitespace-nowrap text-muted">
                  <LocalTime iso={key.createdAt} />
                </TableCell>
                <TableCell className="whitespace-nowrap text-muted">
                  {key.retiredAt ? <LocalTime iso={key.retiredAt} /> : <span className="text-subtle">—</span>}
                </TableCell>
                <TableCell className="text-right">
                  {key.state === "active" && (
                    <Button
                      size="sm"
                      className="text-danger!"
                      disabled={pending}
                      onClick={() => askRetire(key.version)}
                      aria-label={`Retire version ${key.version}`}
                    >
                      {checking === key.version && <LoaderCircle aria-hidden className="animate-spin" />}
                      Retire…
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <CardStatus error={error} outcome={outcome} />

      <RotateKeyDialog
        open={rotating}
        onClose={() => setRotating(false)}
        onConfirm={rotate}
        pending={pending}
        error={rotateError}
        nextVersion={(keys[0]?.version ?? 0) + 1}
      />
      <ConfirmDialog
        open={retire !== null}
        onClose={() => setRetire(null)}
        title={`Retire version ${retire?.version ?? ""}?`}
        confirmLabel={`Retire version ${retire?.version ?? ""}`}
        onConfirm={confirmRetire}
        pending={pending}
        error={retireError}
      >
        {retire && <p>{retire.warning}</p>}
      </ConfirmDialog>
    </Card>
  );
}
