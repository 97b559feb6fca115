import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

interface TrpcLikeError {
  message: string;
  data?: { fieldErrors?: Record<string, string> | null } | null;
}

/**
 * Puts a procedure's field errors on the matching form fields and returns the message to show
 * above the form (or null when every error landed on a field).
 */
export function applyServerErrors<T extends FieldValues>(form: UseFormReturn<T>, err: unknown): string | null {
  const e = err as TrpcLikeError;
  const fields = e?.data?.fieldErrors ?? null;
  let placed = 0;
  if (fields) {
    for (const [name, message] of Object.entries(fields)) {
      if (name in form.getValues()) {
        form.setError(name as Path<T>, { message });
        placed++;
      }
    }
  }
  return placed > 0 && placed === Object.keys(fields ?? {}).length ? null : (e?.message ?? "Something went wrong. Try again.");
}
