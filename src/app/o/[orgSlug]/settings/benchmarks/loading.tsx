import { SectionLoading } from "~/components/settings/section-loading";

export default function Loading() {
  return <SectionLoading label="benchmarks" />;
}
