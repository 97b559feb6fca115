"use client";

import { QueryErrorResetBoundary } from "@tanstack/react-query";
import { Component, Suspense, type ErrorInfo, type ReactNode } from "react";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";

interface BoundaryProps {
  onReset: () => void;
  title: string;
  children: ReactNode;
}

class CardErrorBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`[dashboard] ${this.props.title} failed`, error, info.componentStack);
  }

  retry = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Card>
        <Alert tone="error" title={`${this.props.title} could not load`}>
          {this.state.error.message && !/fetch|network/i.test(this.state.error.message)
            ? this.state.error.message
            : "The connection dropped or the server had a problem. Your data is safe."}
        </Alert>
        <Button variant="secondary" size="sm" className="mt-3" onClick={this.retry}>
          Try again
        </Button>
      </Card>
    );
  }
}

/**
 * One card's loading and error states: a skeleton while its query suspends, and on failure a
 * message with "Try again", which resets React Query's error state so the query refetches.
 */
export function QueryBoundary({ title, fallback, children }: { title: string; fallback: ReactNode; children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <CardErrorBoundary title={title} onReset={reset}>
          <Suspense fallback={fallback}>{children}</Suspense>
        </CardErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
