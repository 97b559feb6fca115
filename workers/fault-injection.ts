/**
 * Fault injection for the crash tests (tests/integration/**, npm run test:faults): with
 * SSI_FAULT_DELAY="weekly-snapshot@50=3000" a job pauses 3 s right after reporting 50 % progress,
 * so a test can SIGKILL the worker at a known point; "send-report@25=20000+3" lets the first 3
 * occurrences through before pausing. "import@>=40=20000" pauses once (per process) at the first
 * report of 40 % or more — for jobs whose progress moves in uneven steps (archive imports).
 * Unset in every real deployment.
 */
import { env } from "~/env";
const spec = env.SSI_FAULT_DELAY;
const rules = spec
  .split(",")
  .map((r) => /^([\w-]+)@(>=)?(\d{1,3})=(\d+)(?:\+(\d+))?$/.exec(r.trim()))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ job: m[1]!, atLeast: m[2] === ">=", progress: Number(m[3]), ms: Number(m[4]), skip: Number(m[5] ?? 0), fired: false }));

export function faultDelayFor(job: string, progress: number): number {
  const rule = rules.find((r) => r.job === job && (r.atLeast ? !r.fired && progress >= r.progress : r.progress === progress));
  if (!rule) return 0;
  if (rule.skip > 0) {
    rule.skip--;
    return 0;
  }
  if (rule.atLeast) rule.fired = true;
  return rule.ms;
}
