"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";

export function OrgSwitcher({ current, orgs }: { current: string; orgs: { slug: string; name: string }[] }) {
  const router = useRouter();
  const id = useId();
  if (orgs.length <= 1) return <span className="truncate text-sm font-medium text-slate-700">{orgs[0]?.name}</span>;
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        Organisation
      </label>
      <select
        id={id}
        value={current}
        onChange={(e) => router.push(`/o/${e.target.value}/dashboard`)}
        className="max-w-48 truncate rounded-md border-0 bg-white py-1.5 pl-2 pr-8 text-sm font-medium ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500"
      >
        {orgs.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
