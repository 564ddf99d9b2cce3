/**
 * Start-up: wait for Office (bootOffice, from the Word adapter's boot module), set the locale, then
 * show the App, or a clear message when the pane cannot run. Never leaves a blank pane.
 */
import * as React from "react";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import type { DocumentHost } from "../../host/host";
import { setLocale, type Locale } from "../../i18n";
import { paneText } from "../../i18n/messages/pane";
import { App } from "../App";
import { BootProblem } from "./BootProblem";
import { actionFromSearch, tabFromSearch, withoutAction } from "./tabs";

export interface BootResult {
  host: DocumentHost | null;
  locale: Locale;
  theme: "light" | "dark";
  problem: null | "notWord" | "requirementSet";
}

type State =
  { phase: "starting" } | { phase: "ready"; result: BootResult } | { phase: "failed"; message: string };

export function Boot(props: { boot: () => Promise<BootResult>; search: string }): React.JSX.Element {
  const { boot, search } = props;
  const [state, setState] = React.useState<State>({ phase: "starting" });

  React.useEffect(() => {
    let live = true;
    boot().then(
      (result) => {
        setLocale(result.locale);
        if (typeof document !== "undefined") document.documentElement.lang = result.locale;
        if (live) setState({ phase: "ready", result });
      },
      (error: unknown) => {
        if (live)
          setState({ phase: "failed", message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [boot]);

  React.useEffect(() => {
    if (typeof window === "undefined" || typeof window.history?.replaceState !== "function") return;
    const plain = withoutAction(window.location.href);
    if (plain) window.history.replaceState(window.history.state, "", plain);
  }, []);

  if (state.phase === "starting") {
    return (
      <FluentProvider theme={webLightTheme} style={{ padding: 24 }}>
        <Spinner size="small" label={paneText("loading")} />
      </FluentProvider>
    );
  }
  if (state.phase === "failed") return <BootProblem problem="failed" message={state.message} />;
  const { result } = state;
  if (result.problem || !result.host) {
    return <BootProblem problem={result.problem ?? "notWord"} theme={result.theme} />;
  }
  return (
    <App
      host={result.host}
      theme={result.theme}
      locale={result.locale}
      initialTab={tabFromSearch(search) ?? undefined}
      action={actionFromSearch(search) ?? undefined}
    />
  );
}
