-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ActivitySource" ADD VALUE 'LINKEDIN_SYNC';
ALTER TYPE "ActivitySource" ADD VALUE 'SALES_NAVIGATOR';

-- AlterTable
ALTER TABLE "RepProfile" ADD COLUMN     "dataAsOf" TIMESTAMPTZ(3),
ADD COLUMN     "factSources" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "supersededAt" TIMESTAMPTZ(3);


-- Existing reps: their data is known up to the end of the day of their export, else up to their newest
-- piece of evidence (imported, seeded or API activity). Self-reported entries never count.
UPDATE "RepProfile" r SET "dataAsOf" = COALESCE(
  CASE WHEN r."dataSources"->>'profileExportDate' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
       THEN ((r."dataSources"->>'profileExportDate')::date + 1)::timestamptz - interval '1 millisecond' END,
  (SELECT max(a."occurredAt") FROM "Activity" a WHERE a."repId" = r.id AND a.source <> 'MANUAL'));

-- Facts an archive carries came from the import when the rep has imported one, the rest were typed.
UPDATE "RepProfile" r SET "factSources" = (
  SELECT jsonb_object_agg(k, CASE WHEN r."lastImportAt" IS NOT NULL AND k <> ALL (ARRAY['hasPhoto', 'followerCount']) THEN 'IMPORT' ELSE 'MANUAL' END)
  FROM unnest(ARRAY['headline', 'summaryLength', 'hasPhoto', 'currentPositions', 'pastPositions', 'educationCount', 'skillsCount',
                    'certificationsCount', 'publicationsCount', 'volunteeringCount', 'languagesCount', 'projectsCount', 'honorsCount',
                    'connectionCount', 'followerCount']) AS k);
