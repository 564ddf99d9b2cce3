/** What the host cannot do that the pane would otherwise offer (WPS: no live check, maybe no content controls). */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { paneText } from "../../i18n/messages/pane";
import type { DocumentHost } from "../../host/host";

const useStyles = makeStyles({
  bar: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function HostLimits({ host }: { host: DocumentHost }): React.JSX.Element | null {
  const styles = useStyles();
  const [dismissed, setDismissed] = React.useState(false);
  const limits = host.capabilities.limits ?? [];
  if (dismissed || limits.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" className={styles.bar} data-testid="host-limits">
      <MessageBarBody>
        <MessageBarTitle>{paneText("host.limits.title")}</MessageBarTitle>
        <ul className={styles.list}>
          {limits.map((limit) => (
            <li key={limit}>{paneText(`host.limit.${limit}`)}</li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={paneText("dismiss")}
            icon={<DismissRegular />}
            onClick={() => setDismissed(true)}
          />
        }
      />
    </MessageBar>
  );
}
