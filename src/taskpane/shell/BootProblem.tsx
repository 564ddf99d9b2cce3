/** What the pane shows instead of the tabs when it cannot run: not in Word, Word too old, start-up failed. */
import * as React from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { paneText } from "../../i18n/messages/pane";
import { commonText } from "../../i18n/messages/common";

export type BootProblemKind = "notWord" | "requirementSet" | "failed";

export function BootProblem(props: {
  problem: BootProblemKind;
  theme?: "light" | "dark";
  message?: string;
}): React.JSX.Element {
  const { problem } = props;
  return (
    <FluentProvider theme={props.theme === "dark" ? webDarkTheme : webLightTheme} style={{ padding: 12 }}>
      <h1 style={{ fontSize: 16, margin: "0 0 12px" }}>{commonText("app.name")}</h1>
      <MessageBar
        intent={problem === "notWord" ? "info" : "error"}
        layout="multiline"
        data-testid="boot-problem"
      >
        <MessageBarBody>
          <MessageBarTitle>{paneText(`boot.${problem}.title`)}</MessageBarTitle>
          {paneText(`boot.${problem}.body`, { message: props.message ?? "" })}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
