/** A message bar that shows a host error (or any error) in the user's language. */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { paneText } from "../../i18n/messages/pane";
import { describeError } from "./errors";

export interface ErrorBarProps {
  /** The error to show; nothing is rendered when it is null or undefined. */
  error: unknown;
  /** A title above the message; defaults to 操作未完成 / Not done. */
  title?: string;
  intent?: MessageBarIntent;
  onDismiss?(): void;
}

export function ErrorBar({
  error,
  title,
  intent = "error",
  onDismiss,
}: ErrorBarProps): React.JSX.Element | null {
  if (error === null || error === undefined) return null;
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{title ?? paneText("error.title")}</MessageBarTitle>
        {describeError(error)}
      </MessageBarBody>
      {onDismiss ? (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={paneText("dismiss")}
              icon={<DismissRegular />}
              onClick={onDismiss}
            />
          }
        />
      ) : null}
    </MessageBar>
  );
}

/** A message bar with a title and a body (information, warnings) in the pane's style. */
export function NoticeBar(props: {
  intent?: MessageBarIntent;
  title?: string;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <MessageBar intent={props.intent ?? "info"} layout="multiline">
      <MessageBarBody>
        {props.title ? <MessageBarTitle>{props.title}</MessageBarTitle> : null}
        {props.children}
      </MessageBarBody>
    </MessageBar>
  );
}
