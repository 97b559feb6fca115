"use client";

import { RouteError, type RouteErrorProps } from "~/components/ui/route-error";

export default function DashboardError(props: Pick<RouteErrorProps, "error" | "reset">) {
  return (
    <RouteError {...props} title="The dashboard could not load">
      Something went wrong while loading the scores. Your data is safe; trying again usually helps.
    </RouteError>
  );
}
