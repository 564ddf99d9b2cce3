/**
 * Run a host call from a component: tracks `busy` (for a spinner) and turns a rejected promise into
 * `error` (for an ErrorBar). `run` never rejects, so no host failure becomes an unhandled rejection.
 */
import * as React from "react";

export type HostCallResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface HostCall {
  /** Run `fn`; resolves to its value or to the error it threw (also stored in `error`). */
  run<T>(fn: () => Promise<T> | T): Promise<HostCallResult<T>>;
  /** True while at least one call is running. */
  busy: boolean;
  /** The last call's error, cleared when a new call starts or by `clearError`. */
  error: unknown;
  clearError(): void;
}

export function useHostCall(): HostCall {
  const [pending, setPending] = React.useState(0);
  const [error, setError] = React.useState<unknown>(null);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = React.useCallback(async <T>(fn: () => Promise<T> | T): Promise<HostCallResult<T>> => {
    setError(null);
    setPending((n) => n + 1);
    try {
      const value = await fn();
      return { ok: true, value };
    } catch (e) {
      if (mounted.current) setError(e ?? new Error("unknown"));
      return { ok: false, error: e };
    } finally {
      if (mounted.current) setPending((n) => n - 1);
    }
  }, []);

  const clearError = React.useCallback(() => setError(null), []);
  return { run, busy: pending > 0, error, clearError };
}
