// The one list of a rep's LinkedIn profile facts. The type, the zod schema of the edit form,
// the empty profile and the key lists (scoring, archive import, stored columns) derive from it.
import { z } from "zod";

type FactSpec =
  | { kind: "text"; max: number; label: string; archive: boolean; tooLong: string }
  | { kind: "flag"; label: string; archive: boolean }
  | { kind: "count"; max: number; label: string; archive: boolean; unknownIsNull?: true };

/** Key → kind, bound of the edit form, label, and whether the LinkedIn archive carries it. */
export const PROFILE_FACTS = {
  headline: { kind: "text", max: 220, label: "Headline", archive: true, tooLong: "LinkedIn headlines have at most 220 characters" },
  summaryLength: { kind: "count", max: 2600, label: "About (characters)", archive: true },
  hasPhoto: { kind: "flag", label: "Profile photo", archive: false },
  currentPositions: { kind: "count", max: 20, label: "Current positions", archive: true },
  pastPositions: { kind: "count", max: 100, label: "Past positions", archive: true },
  educationCount: { kind: "count", max: 30, label: "Education", archive: true },
  skillsCount: { kind: "count", max: 100, label: "Skills", archive: true },
  certificationsCount: { kind: "count", max: 100, label: "Certifications", archive: true },
  publicationsCount: { kind: "count", max: 100, label: "Publications", archive: true },
  volunteeringCount: { kind: "count", max: 50, label: "Volunteering", archive: true },
  languagesCount: { kind: "count", max: 50, label: "Languages", archive: true },
  projectsCount: { kind: "count", max: 100, label: "Projects", archive: true },
  honorsCount: { kind: "count", max: 100, label: "Honors and awards", archive: true },
  connectionCount: { kind: "count", max: 30_000, label: "Connections", archive: true, unknownIsNull: true },
  followerCount: { kind: "count", max: 100_000_000, label: "Followers", archive: false, unknownIsNull: true },
} as const satisfies Record<string, FactSpec>;

type Specs = typeof PROFILE_FACTS;
export type ProfileFactKey = keyof Specs;
type ValueOf<S> = S extends { kind: "text" } ? string | null : S extends { kind: "flag" } ? boolean | null : S extends { unknownIsNull: true } ? number | null : number;

/** A rep's profile facts as the scoring model reads them (null = unknown). */
export type ProfileFacts = { [K in ProfileFactKey]: ValueOf<Specs[K]> };

export const PROFILE_FACT_KEYS = Object.keys(PROFILE_FACTS) as ProfileFactKey[];

/** The facts a LinkedIn archive carries (an import overwrites exactly these). */
export type ArchiveFactKey = { [K in ProfileFactKey]: Specs[K]["archive"] extends true ? K : never }[ProfileFactKey];
export const ARCHIVE_FACT_KEYS = PROFILE_FACT_KEYS.filter((k) => PROFILE_FACTS[k].archive) as ArchiveFactKey[];

/** Every fact unknown / zero. */
export function emptyProfileFacts(): ProfileFacts {
  const out: Record<string, unknown> = {};
  for (const key of PROFILE_FACT_KEYS) {
    const spec: FactSpec = PROFILE_FACTS[key];
    out[key] = spec.kind === "count" && !spec.unknownIsNull ? 0 : null;
  }
  return out as ProfileFacts;
}

/** The facts of any row that carries them (a RepProfile), and nothing else. */
export function pickProfileFacts(row: ProfileFacts): ProfileFacts {
  const out: Record<string, unknown> = {};
  for (const key of PROFILE_FACT_KEYS) out[key] = row[key];
  return out as ProfileFacts;
}

const count = (max: number) => z.coerce.number().int("Whole numbers only").min(0, "Cannot be negative").max(max, `At most ${max}`);

function schemaOf(spec: FactSpec) {
  switch (spec.kind) {
    case "text":
      return z.string().trim().max(spec.max, spec.tooLong).nullable();
    case "flag":
      return z.boolean().nullable();
    case "count":
      return spec.unknownIsNull ? count(spec.max).nullable() : count(spec.max);
  }
}

/** The profile facts a rep (or an admin) can edit by hand; shared by form and procedure. */
export const profileFactsInput = z.object(
  Object.fromEntries(PROFILE_FACT_KEYS.map((k) => [k, schemaOf(PROFILE_FACTS[k])])) as unknown as { [K in ProfileFactKey]: z.ZodType<ValueOf<Specs[K]>, unknown> },
);
export type ProfileFactsInput = ProfileFacts;
