"use client";

import { forwardRef, useId, type TextareaHTMLAttributes } from "react";

/** A textarea for a keyword list, with label, hint and an announced error. */

export const KeywordField = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; hint: string; error?: string }>(function KeywordField(
  { label, hint, error, id, ...rest },
  ref,
) {
  const auto = useId();
  const fid = id ?? auto;
  return (
    <div className="space-y-1">
      <label htmlFor={fid} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <textarea
        ref={ref}
        id={fid}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fid}-error` : `${fid}-hint`}
        className="block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-brand-500 disabled:bg-slate-100 aria-[invalid=true]:ring-red-500"
        {...rest}
      />
      {error ? (
        <p id={`${fid}-error`} role="alert" className="text-xs font-medium text-red-600">
          {error}
        </p>
      ) : (
        <p id={`${fid}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
    </div>
  );
});
