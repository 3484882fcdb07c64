"use client";

import { FileUp } from "lucide-react";
import { useRef, useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { MAX_BODY_CHARS } from "@/lib/email/body-limit";
import { decodeEmailBody } from "@/lib/email/decode-email-body";
import { AppError } from "@/lib/errors";

interface EmailSourceFieldProps {
  value: string;
  onChange: (html: string) => void;
  errors?: string[];
}

/** The HTML part: pasted, or read from an .html file in the browser (strict UTF-8, ≤ 10 MB). */
export function EmailSourceField({ value, onChange, errors }: EmailSourceFieldProps) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after editing it) fires change again.
    event.target.value = "";
    if (!file) return;
    setFileName(null);
    if (file.size > MAX_BODY_CHARS) {
      setFileError(`${file.name} is larger than 10 MB; emails that big cannot be rewritten.`);
      return;
    }
    try {
      onChange(decodeEmailBody(new Uint8Array(await file.arrayBuffer())));
      setFileError(null);
      setFileName(file.name);
    } catch (err) {
      setFileError(err instanceof AppError ? `${file.name}: ${err.message}` : `${file.name} could not be read.`);
    }
  }

  const shown = fileError ? [fileError, ...(errors ?? [])] : errors;
  return (
    <div className="flex flex-col gap-2">
      <FormField
        id="email-html"
        label="Email HTML"
        errors={shown}
        hint={
          fileName
            ? `Loaded from ${fileName}; edit it here if you like.`
            : "The whole email as your email tool exports it, up to 10 MB."
        }
      >
        {(aria) => (
          <Textarea
            {...aria}
            value={value}
            onChange={(e) => {
              onChange(e.target.value);
              setFileError(null);
            }}
            spellCheck={false}
            placeholder={
              '<html>\n  <body>\n    <a href="https://example.com/offer" data-track-tags="cta:hero">See the offer</a>\n  </body>\n</html>'
            }
            className="min-h-56 font-mono text-[13px]"
          />
        )}
      </FormField>
      <div>
        <input
          ref={fileRef}
          type="file"
          accept=".html,.htm,text/html"
          onChange={onFile}
          className="sr-only"
          tabIndex={-1}
          aria-label="HTML file"
        />
        <Button size="sm" onClick={() => fileRef.current?.click()}>
          <FileUp aria-hidden />
          Upload .html file
        </Button>
      </div>
    </div>
  );
}
