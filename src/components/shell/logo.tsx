export function Logo({ compact = false }: { compact?: boolean }) {
  return (
    <span className="inline-flex items-center gap-2 font-semibold text-slate-900">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
        <circle cx="16" cy="16" r="13" fill="none" stroke="#e2e8f0" strokeWidth="5" />
        <path d="M16 3 a13 13 0 0 1 13 13" fill="none" stroke="#4f46e5" strokeWidth="5" />
        <path d="M29 16 a13 13 0 0 1 -13 13" fill="none" stroke="#0891b2" strokeWidth="5" />
        <path d="M16 29 a13 13 0 0 1 -11 -6" fill="none" stroke="#d97706" strokeWidth="5" />
      </svg>
      {compact ? <span className="sr-only">SSI Coach</span> : <span>SSI Coach</span>}
    </span>
  );
}
