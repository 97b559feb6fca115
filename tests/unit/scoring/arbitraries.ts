// fast-check generators for ScoringInput and for "one more positive activity".
import type { ActivityKind } from "@prisma/client";
import fc from "fast-check";
import {
  ACTIVITY_KINDS,
  NO_SOURCES,
  type DataSources,
  type KindAggregate,
  type ProfileFacts,
  type ScoringInput,
} from "~/domain/scoring";
import { DERIVED_COUNTS, type DerivedCount } from "~/domain/scoring/effort";

const count = (max: number) => fc.integer({ min: 0, max });
const SOURCE_KEYS = Object.keys(NO_SOURCES) as (keyof DataSources)[];

// Deliberately not consistent (weighted may exceed windowCount, etc.): the model must stay
// bounded and monotone whatever the data layer sends.
const kindAggregate: fc.Arbitrary<KindAggregate> = fc.record({
  weighted: fc.double({ min: 0, max: 400, noNaN: true }),
  windowCount: count(400),
  allTimeCount: count(5000),
});

const profile: fc.Arbitrary<ProfileFacts> = fc.record({
  headline: fc.option(fc.constantFrom("", "  ", "Account Executive", "Helping CFOs close faster"), { nil: null }),
  summaryLength: count(2600),
  hasPhoto: fc.option(fc.boolean(), { nil: null }),
  currentPositions: count(3),
  pastPositions: count(10),
  educationCount: count(4),
  skillsCount: count(60),
  certificationsCount: count(5),
  publicationsCount: count(5),
  volunteeringCount: count(5),
  languagesCount: count(5),
  projectsCount: count(5),
  honorsCount: count(5),
  connectionCount: fc.option(count(30000), { nil: null }),
  followerCount: fc.option(count(30000), { nil: null }),
});

const kinds = fc
  .tuple(...ACTIVITY_KINDS.map(() => kindAggregate))
  .map((aggs) => Object.fromEntries(ACTIVITY_KINDS.map((k, i) => [k, aggs[i]])) as Record<ActivityKind, KindAggregate>);

const sources = fc
  .tuple(...SOURCE_KEYS.map(() => fc.boolean()))
  .map((flags) => Object.fromEntries(SOURCE_KEYS.map((k, i) => [k, flags[i]])) as unknown as DataSources);

export const scoringInput: fc.Arbitrary<ScoringInput> = fc.record({
  asOf: fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true }),
  profile,
  kinds,
  activeWeeks: count(13),
  formatsUsed: count(6),
  invitationsAccepted: count(300),
  conversationsStarted: count(300),
  conversationsInbound: count(300),
  conversationsReplied: count(300),
  welcomeMessages: count(300),
  decisionMakerConnections: count(3000),
  icpConnections: fc.option(count(3000), { nil: null }),
  connectionsWithTitle: count(5000),
  sources,
});

/** One more positive activity or fact: each returns a new input, never mutating. */
export type Bump = { label: string; apply: (i: ScoringInput) => ScoringInput };

const kindField = fc.constantFrom<keyof KindAggregate>("weighted", "windowCount", "allTimeCount");
const profileCount = fc.constantFrom<keyof ProfileFacts>(
  "summaryLength",
  "currentPositions",
  "pastPositions",
  "educationCount",
  "skillsCount",
  "certificationsCount",
  "publicationsCount",
  "volunteeringCount",
  "languagesCount",
  "projectsCount",
  "honorsCount",
  "followerCount",
);
const delta = fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 200 }), fc.double({ min: 0.001, max: 50, noNaN: true }));

export const bump: fc.Arbitrary<Bump> = fc.oneof(
  fc.tuple(fc.constantFrom(...ACTIVITY_KINDS), kindField, delta).map(([kind, field, d]) => ({
    label: `kinds.${kind}.${field} +${d}`,
    apply: (i: ScoringInput) => ({ ...i, kinds: { ...i.kinds, [kind]: { ...i.kinds[kind], [field]: i.kinds[kind][field] + d } } }),
  })),
  fc.tuple(profileCount, fc.integer({ min: 1, max: 300 })).map(([field, d]) => ({
    label: `profile.${field} +${d}`,
    apply: (i: ScoringInput) => ({ ...i, profile: { ...i.profile, [field]: ((i.profile[field] as number | null) ?? 0) + d } }),
  })),
  fc.integer({ min: 1, max: 2000 }).map((d) => ({
    label: `profile.connectionCount +${d} (from null: set)`,
    apply: (i: ScoringInput) => ({ ...i, profile: { ...i.profile, connectionCount: (i.profile.connectionCount ?? 0) + d } }),
  })),
  fc.constant<Bump>({ label: "photo added", apply: (i) => ({ ...i, profile: { ...i.profile, hasPhoto: true } }) }),
  fc.constant<Bump>({
    label: "headline written",
    apply: (i) => ({ ...i, profile: { ...i.profile, headline: i.profile.headline?.trim() ? i.profile.headline : "Sales" } }),
  }),
  fc.tuple(fc.constantFrom<DerivedCount>(...DERIVED_COUNTS), fc.integer({ min: 1, max: 100 })).map(([field, d]) => ({
    label: `${field} +${d}`,
    apply: (i: ScoringInput) =>
      field === "icpConnections"
        ? { ...i, icpConnections: (i.icpConnections ?? 0) + d } // also "ICP configured" from null
        : { ...i, [field]: i[field] + d },
  })),
  fc.constantFrom(...SOURCE_KEYS).map((source) => ({
    label: `source ${source} now present`,
    apply: (i: ScoringInput) => ({ ...i, sources: { ...i.sources, [source]: true } }),
  })),
);
