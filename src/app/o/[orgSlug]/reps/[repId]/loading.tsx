import { DashboardSkeleton } from "~/components/dashboard/skeletons";

export default function RepLoading() {
  return <DashboardSkeleton />;
}
