"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import { formatAgo } from "~/lib/format/dates";
import { useTRPC } from "~/trpc/react";
import { ApiKeyCreate } from "./api-key-create";
import { ConfirmDialog } from "./confirm-dialog";
import { errorMessage, formatInstant } from "./format";
import { QueryError } from "./section";
import type { ApiKeyRow, SettingsViewer } from "./types";

/** The organisation's API keys by prefix, with creation and last use; revoke with a confirmation. */
export function ApiKeysSettings({ viewer }: { viewer: SettingsViewer }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const listKey = trpc.settings.apiKeys.list.queryKey({ orgSlug: viewer.orgSlug });
  const query = useQuery(trpc.settings.apiKeys.list.queryOptions({ orgSlug: viewer.orgSlug }));
  const [revoking, setRevoking] = useState<ApiKeyRow | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: listKey });
  const revoke = useMutation(
    trpc.settings.apiKeys.revoke.mutationOptions({
      onSuccess: () => {
        toast.success(`Key ${revoking?.name ?? ""} revoked: requests with it are refused from now on`);
        setRevoking(null);
      },
      onError: (err) => toast.error(errorMessage(err)),
      onSettled: () => void refresh(),
    }),
  );

  const active = query.data?.filter((k) => !k.revokedAt).length ?? 0;

  return (
    <div className="space-y-6">
      <ApiKeyCreate viewer={viewer} onCreated={() => void refresh()} />
      <Card className="p-0">
        <div className="p-5 pb-0">
          <CardHeader title="Keys" description={query.data ? `${active} active, ${query.data.length - active} revoked` : undefined} />
        </div>
        {query.isPending ? (
          <div className="p-5 pt-0">
            <Skeleton className="h-32 w-full" />
          </div>
        ) : query.isError ? (
          <div className="p-5 pt-0">
            <QueryError title="API keys" error={query.error} onRetry={() => void query.refetch()} />
          </div>
        ) : query.data.length === 0 ? (
          <p className="px-5 pb-5 text-sm text-slate-600">No API keys yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[44rem] text-left text-sm">
              <caption className="sr-only">API keys of {viewer.orgName}</caption>
              <thead className="border-y border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                <tr>
                  <th scope="col" className="px-4 py-2">Name</th>
                  <th scope="col" className="px-4 py-2">Key</th>
                  <th scope="col" className="px-4 py-2">Scopes</th>
                  <th scope="col" className="px-4 py-2">Created</th>
                  <th scope="col" className="px-4 py-2">Last used</th>
                  <th scope="col" className="px-4 py-2"><span className="sr-only">Status or action</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {query.data.map((k) => (
                  <tr key={k.id} data-testid="api-key-row" className={k.revokedAt ? "text-slate-400" : undefined}>
                    <td className="px-4 py-3 font-medium">{k.name}</td>
                    <td className="px-4 py-3 font-mono text-xs">{k.prefix}…</td>
                    <td className="px-4 py-3">{k.scopes.join(", ")}</td>
                    <td className="px-4 py-3">{formatInstant(k.createdAt, viewer.timeZone)}</td>
                    <td className="px-4 py-3" title={k.lastUsedAt ? formatInstant(k.lastUsedAt, viewer.timeZone) : undefined}>
                      {k.lastUsedAt ? formatAgo(k.lastUsedAt) : "Never"}
                    </td>
                    <td className="px-4 py-3 text-right">
                      {k.revokedAt ? (
                        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">Revoked {formatInstant(k.revokedAt, viewer.timeZone)}</span>
                      ) : (
                        <Button variant="ghost" size="sm" className="text-red-700" onClick={() => setRevoking(k)} aria-label={`Revoke ${k.name}`}>
                          Revoke
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke ${revoking?.name ?? "this key"}?`}
        confirmLabel="Revoke key"
        pending={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate({ orgSlug: viewer.orgSlug, apiKeyId: revoking.id })}
      >
        <p>
          Every request with the key <code className="font-mono">{revoking?.prefix}…</code> is refused (401) from now on. This cannot be undone; integrations using it need a new key.
        </p>
      </ConfirmDialog>
    </div>
  );
}
