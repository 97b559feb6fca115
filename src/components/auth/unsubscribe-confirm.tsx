"use client";

import { useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";

export function UnsubscribeConfirm({ token }: { token: string }) {
  const [state, setState] = useState<{ status: "idle" | "busy" | "done" | "error"; message?: string }>({ status: "idle" });
  async function confirm() {
    setState({ status: "busy" });
    try {
      const res = await fetch(`/api/unsubscribe?t=${encodeURIComponent(token)}`, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } });
      const text = await res.text();
      setState({ status: res.ok ? "done" : "error", message: text });
    } catch {
      setState({ status: "error", message: "Could not reach SSI Coach. Try again." });
    }
  }
  if (state.status === "done") return <Alert tone="success" title="Unsubscribed">{state.message} You can turn reports back on in your account at any time.</Alert>;
  return (
    <div className="space-y-3">
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      <Button className="w-full" onClick={() => void confirm()} loading={state.status === "busy"}>
        Unsubscribe from weekly reports
      </Button>
    </div>
  );
}
