import { Checkbox } from "@/components/ui/checkbox";
import { FieldError } from "@/components/ui/field-error";
import { FieldHint } from "@/components/ui/field-hint";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { MAX_RETENTION_DAYS } from "@/lib/settings/privacy-settings-schema";

interface RetentionFieldProps {
  id: string;
  label: string;
  hint: string;
  /** The checkbox that turns the limit off, e.g. "Keep forever". */
  keepLabel: string;
  days: string;
  keep: boolean;
  errors?: string[];
  onDaysChange: (days: string) => void;
  onKeepChange: (keep: boolean) => void;
}

/** A number of days, or a checkbox that keeps the data without a limit. */
export function RetentionField(props: RetentionFieldProps) {
  const { id, errors } = props;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{props.label}</Label>
      <div className="flex flex-col gap-2">
        <div className="flex items-center gap-2">
          <Input
            id={id}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_RETENTION_DAYS}
            step={1}
            value={props.keep ? "" : props.days}
            placeholder={props.keep ? "—" : undefined}
            disabled={props.keep}
            onChange={(e) => props.onDaysChange(e.target.value)}
            aria-describedby={[errorId, `${id}-hint`].filter(Boolean).join(" ")}
            aria-invalid={errorId ? true : undefined}
            className="max-w-28 tabular-nums"
          />
          <span className="text-sm text-muted">days</span>
        </div>
        <label className="flex cursor-pointer items-center gap-2 text-sm text-foreground">
          <Checkbox checked={props.keep} onChange={(e) => props.onKeepChange(e.target.checked)} />
          {props.keepLabel}
        </label>
      </div>
      {errorId && <FieldError id={errorId} messages={errors} />}
      <FieldHint id={`${id}-hint`}>{props.hint}</FieldHint>
    </div>
  );
}
