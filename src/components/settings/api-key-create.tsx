"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { TextField } from "~/components/ui/field";
import { useTRPC } from "~/trpc/react";
import { showServerErrors } from "./form-helpers";
import type { CreatedKey, SettingsViewer } from "./types";

const SCOPES = [
  { value: "read", label: "Read", hint: "Scores and weekly snapshots of reps" },
  { value: "write", label: "Write", hint: "Send LinkedIn activity events" },
] as const;

// The same rules as the procedure (apiKeyNameSchema / apiKeyScopesSchema), kept client-safe.
const schema = z.object({
  name: z.string().trim().min(1, "Enter a name").max(80, "Use at most 80 characters"),
  scopes: z.array(z.enum(["read", "write"])).min(1, "Choose at least one scope"),
});
type In = z.input<typeof schema>;
type Out = z.output<typeof schema>;

/** Creates a key and shows its secret exactly once, with a copy button. */
export function ApiKeyCreate({ viewer, onCreated }: { viewer: SettingsViewer; onCreated: () => void }) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const form = useForm<In, unknown, Out>({ resolver: zodResolver(schema), defaultValues: { name: "", scopes: ["read"] } });
  const create = useMutation(trpc.settings.apiKeys.create.mutationOptions());
  const scopesError = form.formState.errors.scopes?.message;

  const onSubmit = form.handleSubmit(async (v) => {
    setFormError(null);
    try {
      const key = await create.mutateAsync({ orgSlug: viewer.orgSlug, name: v.name, scopes: v.scopes });
      setCreated(key);
      form.reset({ name: "", scopes: ["read"] });
      onCreated();
    } catch (err) {
      setFormError(showServerErrors(form, err));
    }
  });

  if (created) return <SecretOnce created={created} onDone={() => setCreated(null)} />;

  return (
    <Card>
      <CardHeader title="New API key" description="Give it a name that says where it is used, e.g. “CRM sync”." />
      <form onSubmit={onSubmit} noValidate aria-label="Create an API key" className="space-y-4">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <div className="max-w-sm">
          <TextField label="Key name" autoComplete="off" {...form.register("name")} error={form.formState.errors.name?.message} />
        </div>
        <fieldset aria-describedby={scopesError ? "scopes-error" : undefined}>
          <legend className="text-sm font-medium text-slate-700">Scopes</legend>
          <div className="mt-2 flex flex-wrap gap-6">
            {SCOPES.map((s) => (
              <label key={s.value} className="flex items-start gap-2 text-sm">
                <input type="checkbox" value={s.value} className="mt-0.5 size-4 accent-brand-500" {...form.register("scopes")} />
                <span>
                  <span className="font-medium text-slate-900">{s.label}</span>
                  <span className="block text-slate-500">{s.hint}</span>
                </span>
              </label>
            ))}
          </div>
          {scopesError ? (
            <p id="scopes-error" role="alert" className="mt-1 text-xs font-medium text-red-600">
              {scopesError}
            </p>
          ) : null}
        </fieldset>
        <Button type="submit" loading={create.isPending}>
          Create API key
        </Button>
      </form>
    </Card>
  );
}

function SecretOnce({ created, onDone }: { created: CreatedKey; onDone: () => void }) {
  const inputId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => headingRef.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied(true);
      toast.success("Key copied");
    } catch {
      document.getElementById(inputId)?.focus();
      (document.getElementById(inputId) as HTMLInputElement | null)?.select();
      toast.info("Press Ctrl+C (⌘C) to copy the selected key");
    }
  };
  return (
    <Card className="ring-amber-300" data-testid="api-key-secret">
      <h2 ref={headingRef} tabIndex={-1} className="text-base font-semibold text-slate-900 outline-none">
        Your new key “{created.name}”
      </h2>
      <Alert tone="warning" className="mt-3" title="Copy it now: it will not be shown again">
        Only its hash is stored. If you lose it, revoke it and create a new one. Send it as <code>Authorization: Bearer &lt;key&gt;</code>.
      </Alert>
      <div className="mt-4 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
            Secret key ({created.scopes.join(", ")})
          </label>
          <input
            id={inputId}
            readOnly
            value={created.key}
            onFocus={(e) => e.currentTarget.select()}
            spellCheck={false}
            className="block w-full rounded-md border-0 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-inset ring-slate-300"
          />
        </div>
        <Button variant="secondary" onClick={() => void copy()}>
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <Button className="mt-4" onClick={onDone}>
        I have stored the key
      </Button>
    </Card>
  );
}
