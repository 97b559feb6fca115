/**
 * No average or distribution over fewer than this many people is shown to reps, so nobody can
 * work out a colleague's score (LinkedIn's team reporting uses the same kind of threshold).
 */
export const MIN_GROUP_SIZE = 3;

export function averageIfAllowed(values: readonly number[], callerSeesIndividuals: boolean): number | null {
  if (values.length === 0) return null;
  if (!callerSeesIndividuals && values.length < MIN_GROUP_SIZE) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}
