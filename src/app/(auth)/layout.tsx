import Link from "next/link";
import { Logo } from "~/components/shell/logo";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <Link href="/" className="mb-8" aria-label="SSI Coach home">
        <Logo />
      </Link>
      <main id="main" className="w-full max-w-md rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
        {children}
      </main>
      <p className="mt-6 max-w-md text-center text-xs text-slate-500">
        SSI Coach estimates a LinkedIn-style Social Selling Index from your activity. It is not LinkedIn&apos;s official figure.
      </p>
    </div>
  );
}
