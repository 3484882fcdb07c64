"use client";

import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { REDIRECT_STATUSES, type RedirectStatus } from "@/lib/redirects/schema";
import { RedirectField } from "./redirect-fields";

const STATUS_LABELS: Record<RedirectStatus, string> = {
  active: "Active — redirects and records clicks",
  paused: "Paused — the link answers 404",
};

/** ID, name, description and status: how the redirect is identified. */
export function BasicsCard({ editing }: { editing: boolean }) {
  return (
    <Card>
      <CardHeader title="Basics" description="How this redirect is identified in Clicktrail." />
      <CardBody className="grid gap-5 sm:grid-cols-2">
        <RedirectField
          name="id"
          label="ID"
          optional={!editing}
          hint={
            editing
              ? "IDs never change; they are part of every link already sent."
              : "Leave empty to generate one. Letters, digits, - and _. It cannot be changed later."
          }
        >
          {(control) => (
            <Input
              {...control}
              readOnly={editing}
              placeholder={editing ? undefined : "spring-sale"}
              autoComplete="off"
              spellCheck={false}
              maxLength={64}
              className="font-mono text-[13px]"
            />
          )}
        </RedirectField>
        <RedirectField name="name" label="Name">
          {(control) => <Input {...control} placeholder="Spring sale newsletter" autoComplete="off" maxLength={200} required />}
        </RedirectField>
        <RedirectField name="description" label="Description" optional className="sm:col-span-2">
          {(control) => <Textarea {...control} rows={2} maxLength={2000} />}
        </RedirectField>
        <RedirectField name="status" label="Status">
          {(control) => (
            <Select {...control}>
              {REDIRECT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </Select>
          )}
        </RedirectField>
      </CardBody>
    </Card>
  );
}
