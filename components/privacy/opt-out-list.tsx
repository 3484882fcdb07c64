"use client";

import { LoaderCircle, Plus, Search, Trash2, UserX } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LocalTime } from "@/components/ui/local-time";
import { Pagination } from "@/components/ui/pagination";
import { StatusNote } from "@/components/ui/status-note";
import { addOptOutAction, removeOptOutAction } from "@/lib/actions/privacy";
import { fieldErrors } from "@/lib/errors";
import { MAX_NOTE_LENGTH, optOutCreateSchema, type OptOutDto, type OptOutListQuery, type OptOutPage } from "@/lib/privacy/schema";
import { SessionIdInput } from "./session-id-input";

type Errors = Record<string, string[]>;

interface OptOutListProps {
  page: OptOutPage;
  query: OptOutListQuery;
  /** The page size left out of the URL. */
  defaultPageSize: number;
}

/** Card (b): session IDs whose clicks are stored anonymously. */
export function OptOutList({ page, query, defaultPageSize }: OptOutListProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [navigating, startNavigation] = useTransition();
  const [filter, setFilter] = useState(query.q ?? "");

  function go(next: Partial<OptOutListQuery>) {
    const merged = { ...query, ...next };
    const params = new URLSearchParams();
    if (merged.q) params.set("q", merged.q);
    if (merged.page !== 1) params.set("page", String(merged.page));
    if (merged.pageSize !== defaultPageSize) params.set("pageSize", String(merged.pageSize));
    const search = params.toString();
    startNavigation(() => router.push(search ? `${pathname}?${search}` : pathname, { scroll: false }));
  }

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    go({ q: filter.trim() || undefined, page: 1 });
  }

  const filtered = Boolean(query.q);
  return (
    <Card>
      <CardHeader
        title="Opt-out list"
        description="Clicks of these session IDs are stored anonymously: no session ID, IP address, user agent or referer."
      />
      <CardBody className="border-b border-border">
        <AddOptOutForm onAdded={() => query.page !== 1 && go({ page: 1 })} />
      </CardBody>

      {(page.total > 0 || filtered) && (
        <form onSubmit={onFilter} role="search" className="flex gap-2 border-b border-border px-4 py-3 sm:px-5">
          <div className="relative flex-1">
            <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-subtle" />
            <Input
              type="search"
              aria-label="Filter the opt-out list"
              placeholder="Filter by session ID or note"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              className="pl-8"
              maxLength={200}
            />
          </div>
          <Button type="submit" disabled={navigating}>
            Filter
          </Button>
        </form>
      )}

      {page.items.length === 0 ? (
        <EmptyState icon={UserX} title={filtered ? "No opt-outs match" : "No opt-outs yet"} className="py-10">
          {filtered ? (
            <>Nothing on the list contains “{query.q}”.</>
          ) : (
            <>Add the session ID of anyone who asks not to be tracked; their next clicks are stored anonymously.</>
          )}
        </EmptyState>
      ) : (
        <ul aria-label="Opted-out sessions" className="divide-y divide-border">
          {page.items.map((item) => (
            <OptOutRow key={item.sessionId} item={item} />
          ))}
        </ul>
      )}

      {/* Below the smallest page size there is nothing to page through or resize. */}
      {page.total > 10 && (
        <Pagination
          page={page.page}
          pageCount={page.pageCount}
          pageSize={page.pageSize}
          total={page.total}
          shown={page.items.length}
          canPrevious={page.page > 1 && !navigating}
          canNext={page.page < page.pageCount && !navigating}
          onPrevious={() => go({ page: page.page - 1 })}
          onNext={() => go({ page: page.page + 1 })}
          onPageSizeChange={(pageSize) => go({ pageSize, page: 1 })}
        />
      )}
    </Card>
  );
}

function AddOptOutForm({ onAdded }: { onAdded: () => void }) {
  const [pending, startTransition] = useTransition();
  const [sessionId, setSessionId] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  function showErrors(found: Errors) {
    setErrors(found);
    const first = (["sessionId", "note"] as const).find((f) => found[f]);
    if (first) requestAnimationFrame(() => document.getElementById(`oo-${first}`)?.focus());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    setAdded(null);
    const input = { sessionId, note };
    const result = optOutCreateSchema.safeParse(input);
    if (!result.success) return showErrors(fieldErrors(result.error));
    startTransition(async () => {
      const response = await addOptOutAction(input);
      if (response.ok) {
        setErrors({});
        setSessionId("");
        setNote("");
        setAdded(response.data.sessionId);
        onAdded();
        return;
      }
      // A field error (e.g. already on the list) is shown at its field; others above the form.
      if (!response.fieldErrors) setFormError(response.message);
      showErrors(response.fieldErrors ?? {});
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add to the opt-out list" className="flex flex-col gap-3">
      {formError && <Alert title={formError} />}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-start">
        <FormField id="oo-sessionId" label="Session ID" errors={errors.sessionId}>
          {(aria) => (
            <SessionIdInput
              {...aria}
              value={sessionId}
              onChange={(e) => {
                setSessionId(e.target.value);
                setErrors(({ sessionId: _cleared, ...rest }) => rest);
              }}
            />
          )}
        </FormField>
        <FormField id="oo-note" label="Note" optional errors={errors.note}>
          {(aria) => (
            <Input
              {...aria}
              value={note}
              onChange={(e) => {
                setNote(e.target.value);
                setErrors(({ note: _cleared, ...rest }) => rest);
              }}
              placeholder="Asked by email on 3 March"
              autoComplete="off"
              maxLength={MAX_NOTE_LENGTH}
            />
          )}
        </FormField>
        <Button type="submit" variant="primary" disabled={pending} className="sm:mt-[1.625rem]">
          {pending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Plus aria-hidden />}
          Add to list
        </Button>
      </div>
      <StatusNote>{added && `Added ${added}. Its clicks are stored anonymously from now on.`}</StatusNote>
    </form>
  );
}

function OptOutRow({ item }: { item: OptOutDto }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function remove() {
    setError(null);
    startTransition(async () => {
      const result = await removeOptOutAction(item.sessionId);
      if (result.ok) setConfirming(false);
      else setError(result.message);
    });
  }

  return (
    <li className="flex items-start gap-3 px-4 py-3 sm:px-5">
      <div className="min-w-0 flex-1">
        <p className="font-mono text-[13px] font-medium break-all text-foreground">{item.sessionId}</p>
        {item.note && <p className="mt-0.5 text-[13px] break-words text-muted">{item.note}</p>}
        <p className="mt-0.5 text-xs text-subtle">
          Added <LocalTime iso={item.createdAt} />
          {item.createdBy && <> by {item.createdBy}</>}
        </p>
      </div>
      <Button
        variant="ghost"
        size="sm"
        onClick={() => setConfirming(true)}
        aria-label={`Remove ${item.sessionId} from the opt-out list`}
        className="shrink-0"
      >
        <Trash2 aria-hidden />
        <span className="hidden sm:inline">Remove</span>
      </Button>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Remove from the opt-out list?"
        confirmLabel="Remove"
        onConfirm={remove}
        pending={pending}
        error={error}
      >
        <p>
          Clicks of{" "}
          <code className="rounded bg-surface-muted px-1 py-0.5 font-mono text-xs break-all text-foreground">
            {item.sessionId}
          </code>{" "}
          will be recorded in full again. Clicks stored while it was on the list stay anonymous.
        </p>
      </ConfirmDialog>
    </li>
  );
}
