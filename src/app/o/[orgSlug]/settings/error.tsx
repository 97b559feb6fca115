"use client";

import { RouteError, type RouteErrorProps } from "~/components/ui/route-error";

export default function SettingsError(props: Pick<RouteErrorProps, "error" | "reset">) {
  return (
    <RouteError {...props} title="This settings page could not load" className="max-w-lg space-y-4">
      Something went wrong on our side. Nothing was changed.
    </RouteError>
  );
}
