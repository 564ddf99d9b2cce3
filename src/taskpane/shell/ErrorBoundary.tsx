/** Keeps one broken part of the pane from blanking the whole pane; offers a retry. */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { paneText } from "../../i18n/messages/pane";

interface Props {
  /** The part's name, shown in the message. */
  part: string;
  children: React.ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends React.Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    // Keep a trace for whoever opens the developer tools; the user sees the message bar.
    console.error("[lianzheng] a part of the task pane failed:", error);
  }

  private readonly retry = (): void => this.setState({ error: null });

  override render(): React.ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{paneText("boundary.title")}</MessageBarTitle>
          {paneText("boundary.body", { part: this.props.part, message: error.message || error.name })}
          <div>
            <Button size="small" onClick={this.retry}>
              {paneText("boundary.retry")}
            </Button>
          </div>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
