"use client";

import { RouteError, type RouteErrorProps } from "~/components/ui/route-error";

export default function TeamError(props: Pick<RouteErrorProps, "error" | "reset">) {
  return (
    <RouteError {...props} title="The team view could not load">
      Something went wrong while loading your team&apos;s scores. Your data is safe; trying again usually helps.
    </RouteError>
  );
}
