import { DashboardSkeleton } from "~/components/dashboard/skeletons";

export default function DashboardLoading() {
  return <DashboardSkeleton />;
}
