import { cn } from "./cn";

export function Spinner({ className, label }: { className?: string; label?: string }) {
  return (
    <span role={label ? "status" : undefined} className="inline-flex items-center gap-2">
      <span
        aria-hidden="true"
        className={cn("inline-block animate-spin rounded-full border-2 border-current border-r-transparent", className ?? "size-5")}
      />
      {label ? <span className="sr-only">{label}</span> : null}
    </span>
  );
}
