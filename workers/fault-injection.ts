/**
 * Fault injection for the crash tests (tests/integration/**, npm run test:faults): with
 * SSI_FAULT_DELAY="weekly-snapshot@50=3000" a job pauses 3 s right after reporting 50 % progress,
 * so a test can SIGKILL the worker at a known point; "send-report@25=20000+3" lets the first 3
 * occurrences through before pausing. Unset in every real deployment.
 */
const spec = process.env.SSI_FAULT_DELAY ?? "";
const rules = spec
  .split(",")
  .map((r) => /^([\w-]+)@(\d{1,3})=(\d+)(?:\+(\d+))?$/.exec(r.trim()))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ job: m[1]!, progress: Number(m[2]), ms: Number(m[3]), skip: Number(m[4] ?? 0) }));

export function faultDelayFor(job: string, progress: number): number {
  const rule = rules.find((r) => r.job === job && r.progress === progress);
  if (!rule) return 0;
  if (rule.skip > 0) {
    rule.skip--;
    return 0;
  }
  return rule.ms;
}
