import { z } from "zod";

const count = (max: number) => z.coerce.number().int("Whole numbers only").min(0, "Cannot be negative").max(max, `At most ${max}`);

/** The LinkedIn profile facts a rep (or an admin) can edit by hand; shared by form and procedure. */
export const profileFactsInput = z.object({
  headline: z.string().trim().max(220, "LinkedIn headlines have at most 220 characters").nullable(),
  summaryLength: count(2600),
  hasPhoto: z.boolean().nullable(),
  currentPositions: count(20),
  pastPositions: count(100),
  educationCount: count(30),
  skillsCount: count(100),
  certificationsCount: count(100),
  publicationsCount: count(100),
  volunteeringCount: count(50),
  languagesCount: count(50),
  projectsCount: count(100),
  honorsCount: count(100),
  connectionCount: count(30_000).nullable(),
  followerCount: count(100_000_000).nullable(),
});
export type ProfileFactsInput = z.infer<typeof profileFactsInput>;
