import { evaluateSignals, pillarScores } from "./evaluate";
import { MODEL_VERSION } from "./model-v1";
import { nextBestActions } from "./next-best-actions";
import type { ScoreResult, ScoringInput } from "./types";

export { MODEL_VERSION };

/**
 * The SSI estimate for one rep: pure and deterministic (no clock, no I/O; `asOf` comes from the
 * input). Signal points keep full precision; pillars are rounded to hundredths and the total is
 * their exact sum. The input is never mutated.
 */
export function scoreRep(input: ScoringInput, options: { actions?: boolean } = {}): ScoreResult {
  const signals = evaluateSignals(input);
  const { pillars, total } = pillarScores(signals);
  return {
    modelVersion: MODEL_VERSION,
    asOf: input.asOf.toISOString(),
    total,
    pillars,
    signals,
    // Next best actions re-evaluate the model once per signal: weekly snapshots skip them
    // (`actions: false`) because advice is always taken from the live score.
    actions: options.actions === false ? [] : nextBestActions(input, signals),
  };
}
