"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { applyServerErrors } from "~/lib/form-errors";
import { orgNameSchema } from "~/lib/validation";
import { useTRPC } from "~/trpc/react";

const schema = z.object({ name: orgNameSchema });

export function CreateOrgForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<z.input<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { name: "" } });
  const create = useMutation(trpc.me.createOrganization.mutationOptions());
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const { orgSlug } = await create.mutateAsync(values);
      router.push(`/o/${orgSlug}/dashboard`);
      router.refresh();
    } catch (err) {
      setError(applyServerErrors(form, err));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TextField label="Organisation name" autoFocus {...form.register("name")} error={form.formState.errors.name?.message} />
      <Button type="submit" className="w-full" loading={form.formState.isSubmitting}>
        Create organisation
      </Button>
    </form>
  );
}
