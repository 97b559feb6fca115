"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "~/components/ui/button";
import { useTRPC } from "~/trpc/react";
import type { ActivityKindOption } from "../types";
import { occurredAtFor } from "./schemas";
import { LogActivityDialog, type LogActivityDraft } from "./log-activity-dialog";
import { RecordReadingDialog } from "./record-reading-dialog";

export type DialogName = "log" | "reading" | null;

interface Props {
  orgSlug: string;
  dialog: DialogName;
  setDialog: (d: DialogName) => void;
  /** Score refresh: optimistic "updating" state, and its rollback. */
  onLogged: { begin: () => void; cancel: () => void };
}

/** Log an activity, record an official reading, import an archive. */
export function QuickActions({ orgSlug, dialog, setDialog, onLogged }: Props) {
  const trpc = useTRPC();
  const [draft, setDraft] = useState<LogActivityDraft | null>(null);
  const log = useMutation(trpc.activity.log.mutationOptions());

  const submitLog = (d: LogActivityDraft, label: string) => {
    // Optimistic: close the dialog and show the score as updating before the server answers.
    setDialog(null);
    setDraft(null);
    onLogged.begin();
    const toastId = toast.loading(`Logging ${label}…`);
    log.mutate(
      { orgSlug, kind: d.kind as ActivityKindOption["kind"], quantity: d.quantity, occurredAt: occurredAtFor(d.day), clientId: d.clientId },
      {
        onSuccess: (res) => {
          if (res.created) {
            toast.success(`Logged ${label}. Your score is being recalculated.`, { id: toastId });
          } else {
            onLogged.cancel();
            toast.info(`Already logged: ${label} was saved before.`, { id: toastId });
          }
        },
        onError: (err) => {
          onLogged.cancel();
          toast.error(`Could not log ${label}: ${err.message}`, {
            id: toastId,
            action: {
              label: "Try again",
              onClick: () => {
                setDraft(d); // same values, same clientId: a retry can never count twice
                setDialog("log");
              },
            },
          });
        },
      },
    );
  };

  return (
    <>
      <div className="flex flex-wrap gap-2" role="group" aria-label="Quick actions">
        <Button onClick={() => setDialog("log")}>
          <PlusIcon /> Log activity
        </Button>
        <Button variant="secondary" onClick={() => setDialog("reading")}>
          Record LinkedIn SSI
        </Button>
        <Link
          href={`/o/${orgSlug}/import`}
          className="inline-flex items-center justify-center gap-2 rounded-md bg-white px-4 py-2 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50"
        >
          Import LinkedIn archive
        </Link>
      </div>
      <LogActivityDialog orgSlug={orgSlug} open={dialog === "log"} draft={draft} onClose={() => setDialog(null)} onSubmit={submitLog} />
      <RecordReadingDialog orgSlug={orgSlug} open={dialog === "reading"} onClose={() => setDialog(null)} />
    </>
  );
}

function PlusIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="-ml-1 size-4">
      <path d="M10.75 4.75a.75.75 0 0 0-1.5 0v4.5h-4.5a.75.75 0 0 0 0 1.5h4.5v4.5a.75.75 0 0 0 1.5 0v-4.5h4.5a.75.75 0 0 0 0-1.5h-4.5v-4.5Z" />
    </svg>
  );
}
