// Public surface of the scoring model (pure, no I/O): app, workers, seed and tests import from here.
export type * from "./types";
export { scoreRep, MODEL_VERSION } from "./score";
export {
  SIGNAL_SPECS,
  SIGNAL_KEYS,
  PILLAR_KEYS,
  PILLAR_LABELS,
  PILLAR_TITLES,
  PILLAR_MAX,
  PROFILE_CHECKLIST,
  type SignalKey,
  type SignalSpec,
  type SignalSource,
  type ProfileItem,
} from "./model-v1";
export { saturating } from "./curve";
export { pillarsOf, type Pillars } from "./pillars-of";
export {
  nextBestActions,
  marginalGains,
  cheapestPillar,
  MAX_ACTIONS,
  MIN_GAIN,
  type MarginalGain,
} from "./next-best-actions";
export {
  explainChange,
  MIN_CHANGE,
  type ScoreChange,
  type PillarChange,
  type SignalChange,
} from "./explain-change";
export { COACHING, UNLOCK_ACTIONS, profileItemLabel } from "./coaching";
export {
  emptyScoringInput,
  emptyProfile,
  NO_SOURCES,
  ALL_SOURCES,
  BASIC_ARCHIVE_SOURCES,
  COMPLETE_ARCHIVE_SOURCES,
  type EmptyInputOptions,
} from "./empty-input";
export { ACTIVITY_KINDS, emptyKinds } from "./activity-kinds";
export { missingProfileItems } from "./signals";
