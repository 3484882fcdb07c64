"use client";

import { LoaderCircle, MailCheck, Wand2 } from "lucide-react";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { DownloadTextButton } from "@/components/email/download-text-button";
import { EmailPreview } from "@/components/email/email-preview";
import { EmailSourceField } from "@/components/email/email-source-field";
import { useEmailPagePolicy } from "@/components/email/use-email-page-policy";
import { LinkReportTable } from "@/components/email/link-report-table";
import {
  DEFAULT_SESSION_TEMPLATE,
  RewriteOptionsFields,
  type RewriteOptionsState,
} from "@/components/email/rewrite-options-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { rewriteEmailAction } from "@/lib/actions/email";
import { MAX_BODY_CHARS } from "@/lib/email/body-limit";
import type { RewriteEmailResult } from "@/lib/email/rewrite-email";

type Errors = Record<string, string[]>;

/** Fields that show their own errors; anything else the server reports goes to the form alert. */
const FIELDS = new Set(["html", "text", "sessionId", "sessionTemplate", "campaign", "tags"]);
const TOO_LARGE = "must be at most 10 MB";

const INITIAL_OPTIONS: RewriteOptionsState = {
  sessionMode: "template",
  sessionId: "",
  sessionTemplate: DEFAULT_SESSION_TEMPLATE,
  campaign: "",
  tags: [],
  tagDraft: "",
  trackOpens: false,
  prependHttpToWww: false,
};

/** Paste or upload an email, rewrite its links as signed tracking links, then check and take the result. */
export function TrackedEmailPageClient({ origin }: { origin: string }) {
  const [html, setHtml] = useState("");
  const [text, setText] = useState("");
  const [options, setOptions] = useState(INITIAL_OPTIONS);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<{ title: string; messages: string[] } | null>(null);
  const [result, setResult] = useState<RewriteEmailResult | null>(null);
  const [pending, startTransition] = useTransition();
  const resultRef = useRef<HTMLDivElement>(null);
  useEmailPagePolicy();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const local: Errors = {};
    if (!html.trim()) local.html = ["Paste the email's HTML or upload an .html file."];
    else if (html.length > MAX_BODY_CHARS) local.html = [TOO_LARGE];
    if (text.length > MAX_BODY_CHARS) local.text = [TOO_LARGE];
    setErrors(local);
    if (Object.keys(local).length) return;

    // A tag still being typed counts, as in the redirect form.
    const tags = [
      ...options.tags,
      ...options.tagDraft
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
    ];
    const input = {
      html,
      ...(text.trim() && { text }),
      ...(options.sessionMode === "id" && { sessionId: options.sessionId }),
      ...(options.sessionMode === "template" && { sessionTemplate: options.sessionTemplate }),
      campaign: options.campaign.trim() || null,
      tags: [...new Set(tags)],
      trackOpens: options.trackOpens,
      prependHttpToWww: options.prependHttpToWww,
    };
    startTransition(async () => {
      let response;
      try {
        response = await rewriteEmailAction(input);
      } catch {
        // The action never throws; this is the request itself failing (network, size limit).
        setFormError({
          title: "The email could not be sent to the server. Check your connection, or try a smaller email.",
          messages: [],
        });
        return;
      }
      if (!response.ok) {
        const { fields, other } = splitErrors(response.fieldErrors ?? {});
        setErrors(fields);
        setFormError({ title: response.message, messages: other });
        return;
      }
      setOptions((o) => ({ ...o, tags: input.tags, tagDraft: "" }));
      setResult(response.data);
      requestAnimationFrame(() => resultRef.current?.scrollIntoView({ behavior: "smooth", block: "start" }));
    });
  }

  return (
    <div className="flex flex-col gap-6">
      <Card>
        <CardHeader
          title="Email"
          description={
            <>
              Links become <span className="font-mono">{origin}/l/…</span>, which records the click and sends the reader on.
            </>
          }
        />
        <form onSubmit={onSubmit} noValidate aria-label="Email to track">
          <CardBody className="flex flex-col gap-6">
            {formError && (
              <Alert title={formError.title}>{formError.messages.length > 0 && <p>{formError.messages.join(" · ")}</p>}</Alert>
            )}
            <EmailSourceField value={html} onChange={setHtml} errors={errors.html} />
            <FormField
              id="email-text"
              label="Plain-text part"
              optional
              errors={errors.text}
              hint="The text version of the same email; its http(s) URLs are rewritten too."
            >
              {(aria) => (
                <Textarea
                  {...aria}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  spellCheck={false}
                  className="min-h-24 font-mono text-[13px]"
                />
              )}
            </FormField>
            <RewriteOptionsFields value={options} onChange={(patch) => setOptions((o) => ({ ...o, ...patch }))} errors={errors} />
          </CardBody>
          <div className="flex justify-end border-t border-border px-4 py-3 sm:px-5">
            <Button type="submit" variant="primary" disabled={pending} className="w-full sm:w-auto">
              {pending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Wand2 aria-hidden />}
              Rewrite
            </Button>
          </div>
        </form>
      </Card>

      <div ref={resultRef} className="flex scroll-mt-20 flex-col gap-6">
        {result ? (
          <TrackedEmailResult result={result} origin={origin} />
        ) : (
          <Card>
            <EmptyState icon={MailCheck} title="See who clicks in your emails">
              <p>
                Paste the HTML of an email, or upload it, and choose <strong>Rewrite</strong>. Every http(s) link becomes a signed
                tracking link; mailto:, tel:, in-page anchors and links with <code className="font-mono">data-no-track</code> stay
                as they are. Tag a link’s clicks with <code className="font-mono">data-track-tags=&quot;cta:hero&quot;</code>.
              </p>
              <p className="mt-2">
                You get a preview, a report of every link and the tracked email to copy or download. Nothing is stored until a
                recipient clicks.
              </p>
            </EmptyState>
          </Card>
        )}
      </div>
    </div>
  );
}

function TrackedEmailResult({ result, origin }: { result: RewriteEmailResult; origin: string }) {
  const tracked = result.links.filter((l) => l.tracked).length;
  const skipped = result.links.length - tracked;
  return (
    <>
      <Card>
        <CardHeader
          title="Tracked email"
          description="Tracked links in this preview lead nowhere and the open pixel is not loaded, so checking it counts no clicks or opens."
          actions={
            <div className="flex flex-wrap gap-2">
              <CopyButton value={result.html} label="Copy HTML" announceValue={false} />
              <DownloadTextButton value={result.html} fileName="tracked.html" type="text/html" label="Download tracked.html" />
            </div>
          }
        />
        <CardBody>
          <EmailPreview html={result.html} origin={origin} />
        </CardBody>
      </Card>

      {result.text !== undefined && (
        <Card>
          <CardHeader
            title="Tracked plain-text part"
            actions={
              <div className="flex flex-wrap gap-2">
                <CopyButton value={result.text} label="Copy text" announceValue={false} />
                <DownloadTextButton value={result.text} fileName="tracked.txt" type="text/plain" label="Download tracked.txt" />
              </div>
            }
          />
          <CardBody>
            <Textarea
              readOnly
              value={result.text}
              aria-label="Tracked plain-text part"
              className="min-h-40 font-mono text-[13px]"
            />
          </CardBody>
        </Card>
      )}

      <Card>
        <CardHeader
          title="Links"
          description={
            <span role="status">
              {result.links.length} link{result.links.length === 1 ? "" : "s"}: {tracked} tracked, {skipped} left as
              {skipped === 1 ? " it is" : " they are"}.
            </span>
          }
        />
        <LinkReportTable links={result.links} />
      </Card>
    </>
  );
}

function splitErrors(details: Errors): { fields: Errors; other: string[] } {
  const fields: Errors = {};
  const other: string[] = [];
  for (const [key, messages] of Object.entries(details)) {
    // "tags.2" belongs to the tags field.
    const field = key.split(".")[0];
    if (FIELDS.has(field)) (fields[field] ??= []).push(...messages);
    else other.push(...messages);
  }
  return { fields, other };
}
