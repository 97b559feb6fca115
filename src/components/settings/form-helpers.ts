import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { applyServerErrors } from "~/lib/form-errors";

/** "" → null, "42" → 42 (number inputs registered with setValueAs). */
export const numberOrNull = (v: unknown): number | null => {
  if (v === "" || v === null || v === undefined) return null;
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) ? n : null;
};

/**
 * Puts a procedure's field errors on the form, moves focus to the first field in error (so a
 * screen reader announces it) and returns the message for the form's alert, if any.
 */
export function showServerErrors<T extends FieldValues>(form: UseFormReturn<T>, err: unknown): string | null {
  const message = applyServerErrors(form, err);
  const first = Object.keys(form.formState.errors)[0] ?? Object.keys((err as { data?: { fieldErrors?: Record<string, string> } })?.data?.fieldErrors ?? {})[0];
  if (first && first in form.getValues()) form.setFocus(first as Path<T>);
  return message;
}
