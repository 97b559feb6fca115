"use client";

import type { ReactNode } from "react";
import { cn } from "~/components/ui/cn";

/** A pill-shaped on/off button (aria-pressed), optionally with a colour dot. */
export function Toggle({
  pressed,
  onChange,
  dotClass,
  children,
}: {
  pressed: boolean;
  onChange: (v: boolean) => void;
  dotClass?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={() => onChange(!pressed)}
      className={cn(
        "inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-medium ring-1 transition-colors",
        pressed ? "bg-slate-900 text-white ring-slate-900" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
      )}
    >
      {dotClass ? <span aria-hidden="true" className={cn("size-2 rounded-full", dotClass, pressed && "ring-1 ring-white")} /> : null}
      {children}
    </button>
  );
}
