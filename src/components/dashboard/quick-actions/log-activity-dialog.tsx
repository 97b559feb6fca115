"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { SelectField, TextField } from "~/components/ui/field";
import { Spinner } from "~/components/ui/spinner";
import { localDay } from "~/lib/format/dates";
import { useTRPC } from "~/trpc/react";
import { dayMinus, logActivitySchema, newClientId, toNumberOrNull, type LogActivityValues } from "./schemas";

export interface LogActivityDraft extends LogActivityValues {
  /** Generated when the dialog opens, so a retried submission is stored only once. */
  clientId: string;
}

interface Props {
  orgSlug: string;
  open: boolean;
  /** Values to start from (a retry after a failure keeps what was typed, and its clientId). */
  draft: LogActivityDraft | null;
  onClose: () => void;
  onSubmit: (draft: LogActivityDraft, label: string) => void;
}

/** "What did you do?": kind, how many, which day. Closes at once; the parent saves optimistically. */
export function LogActivityDialog({ orgSlug, open, draft, onClose, onSubmit }: Props) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Log an activity"
      description="Things you did on LinkedIn that an archive import does not bring in yet. Your score updates in a few seconds."
    >
      {open ? <LogActivityForm orgSlug={orgSlug} draft={draft} onClose={onClose} onSubmit={onSubmit} /> : null}
    </Dialog>
  );
}

function LogActivityForm({ orgSlug, draft, onClose, onSubmit }: Omit<Props, "open">) {
  const trpc = useTRPC();
  const kinds = useQuery(trpc.activity.kinds.queryOptions({ orgSlug }, { staleTime: Infinity }));
  const today = localDay();
  const schema = useMemo(() => logActivitySchema(kinds.data ?? [], today), [kinds.data, today]);
  const clientId = useMemo(() => draft?.clientId ?? newClientId(), [draft]);
  const form = useForm<LogActivityValues>({
    resolver: zodResolver(schema),
    defaultValues: draft ?? { kind: "COMMENT", quantity: 1, day: today },
  });
  const kind = form.watch("kind");
  const spec = kinds.data?.find((k) => k.kind === kind);

  if (kinds.isPending) return <Spinner label="Loading activity kinds" />;
  if (kinds.isError) {
    return (
      <div className="space-y-3 text-sm">
        <p className="text-red-700">The list of activities could not load.</p>
        <Button variant="secondary" size="sm" onClick={() => void kinds.refetch()}>
          Try again
        </Button>
      </div>
    );
  }

  const submit = form.handleSubmit((v) => {
    const s = kinds.data.find((k) => k.kind === v.kind);
    onSubmit({ ...v, clientId }, `${v.quantity} ${s?.unit ?? "activities"}`);
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <SelectField label="What did you do?" {...form.register("kind")} error={errors.kind?.message}>
        {kinds.data.map((k) => (
          <option key={k.kind} value={k.kind}>
            {k.label}
          </option>
        ))}
      </SelectField>
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label={spec ? `How many ${spec.unit}?` : "How many?"}
          type="number"
          inputMode="numeric"
          min={1}
          max={spec?.maxQuantity}
          step={1}
          hint={spec ? `1 to ${spec.maxQuantity}` : undefined}
          {...form.register("quantity", { setValueAs: toNumberOrNull })}
          error={errors.quantity?.message}
        />
        <TextField label="When?" type="date" max={today} min={dayMinus(today, 365)} {...form.register("day")} error={errors.day?.message} />
      </div>
      <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit">Log activity</Button>
      </div>
    </form>
  );
}
