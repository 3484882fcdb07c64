"use client";

import { useWatch } from "react-hook-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { STATUS_CODES } from "@/lib/redirects/schema";
import { STATUS_CODE_INFO } from "../status-code-info";
import type { RedirectFormValues } from "./redirect-form-values";
import { RedirectCheckboxField, RedirectField } from "./redirect-fields";

/** Target URL, status code and query forwarding: where recipients are sent, and how. */
export function DestinationCard() {
  const statusCode = useWatch<RedirectFormValues, "statusCode">({ name: "statusCode" });
  return (
    <Card>
      <CardHeader title="Destination" description="Where recipients are sent, and how." />
      <CardBody className="grid gap-5 sm:grid-cols-2">
        <RedirectField
          name="targetUrl"
          label="Target URL"
          hint="An absolute http:// or https:// address."
          className="sm:col-span-2"
        >
          {(control) => (
            <Input
              {...control}
              type="url"
              inputMode="url"
              placeholder="https://example.com/landing"
              autoComplete="off"
              spellCheck={false}
              required
            />
          )}
        </RedirectField>
        <RedirectField
          name="statusCode"
          label="Status code"
          hint={STATUS_CODE_INFO[statusCode].explanation}
          options={{ valueAsNumber: true }}
        >
          {(control) => (
            <Select {...control}>
              {STATUS_CODES.map((code) => (
                <option key={code} value={code}>
                  {code} · {STATUS_CODE_INFO[code].label}
                </option>
              ))}
            </Select>
          )}
        </RedirectField>
        <RedirectCheckboxField
          name="forwardQuery"
          label="Forward query string"
          hint={
            <>
              Append the incoming <code className="font-mono text-xs">?utm_…</code> query to the target.
            </>
          }
          className="sm:pt-7"
        />
      </CardBody>
    </Card>
  );
}
