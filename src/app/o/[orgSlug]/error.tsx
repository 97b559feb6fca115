"use client";

import { RouteError, type RouteErrorProps } from "~/components/ui/route-error";

export default function OrgError(props: Pick<RouteErrorProps, "error" | "reset">) {
  return (
    <RouteError {...props} title="This page could not load">
      Something went wrong on our side. Your data is safe.
    </RouteError>
  );
}
