/**
 * Layout pieces that keep a narrow pane (320-500 px wide, from 500 px high) usable: a footer that keeps the
 * primary button in view while the tab scrolls, a notice that stays in view at the top of the scrolling
 * pane and is announced to screen readers, and a label that truncates with the full text on hover and to
 * assistive technology.
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  tokens,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { paneText } from "../../i18n/messages/pane";

const useStyles = makeStyles({
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    // The pane's padding below the footer is covered too, so that rows do not show through under it.
    marginBottom: `calc(-1 * ${tokens.spacingVerticalM})`,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  notice: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    // An opaque frame: the text under it must not show through while the pane scrolls.
    backgroundColor: tokens.colorNeutralBackground1,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  truncate: {
    display: "block",
    minWidth: 0,
    maxWidth: "100%",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
});

/** A footer that sticks to the bottom of the scrolling pane: the tab's primary action stays in view. */
export function StickyFooter(props: {
  children: React.ReactNode;
  className?: string;
  "data-testid"?: string;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <div
      className={mergeClasses(styles.footer, props.className)}
      data-lz-footer=""
      data-testid={props["data-testid"]}
    >
      {props.children}
    </div>
  );
}

/** A row of buttons that wraps on a narrow pane. */
export function ButtonRow(props: { children: React.ReactNode; className?: string }): React.JSX.Element {
  const styles = useStyles();
  return <div className={mergeClasses(styles.buttons, props.className)}>{props.children}</div>;
}

/**
 * A notice about what the writer just did: it stays in view at the top of the pane while the pane is
 * scrolled, is announced (role=status), and can be dismissed. Tabs clear it when they are left.
 */
export function PaneNotice(props: {
  text: React.ReactNode | null;
  intent?: MessageBarIntent;
  onDismiss?(): void;
  "data-testid"?: string;
  actions?: React.ReactNode;
}): React.JSX.Element {
  const styles = useStyles();
  // The live region is always there, so that a notice that appears in it is read out.
  return (
    <div
      className={props.text ? styles.notice : undefined}
      role="status"
      aria-live="polite"
      aria-atomic="true"
    >
      {props.text ? (
        <MessageBar intent={props.intent ?? "info"} layout="multiline" data-testid={props["data-testid"]}>
          <MessageBarBody>{props.text}</MessageBarBody>
          {props.onDismiss || props.actions ? (
            <MessageBarActions
              containerAction={
                props.onDismiss ? (
                  <Button
                    appearance="transparent"
                    aria-label={paneText("dismiss")}
                    icon={<DismissRegular />}
                    onClick={props.onDismiss}
                  />
                ) : undefined
              }
            >
              {props.actions}
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
    </div>
  );
}

/**
 * Text cut with … where it does not fit, the whole text on hover (title) and for screen readers (the
 * element's text is whole; only its drawing is cut).
 */
export function Truncated(props: { text: string; className?: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.truncate, props.className)} title={props.text}>
      {props.text}
    </span>
  );
}

/** The first `max` characters of a text with … when cut (for quoting a heading in a sentence). */
export function shortText(text: string, max = 16): string {
  const t = text.trim();
  return [...t].length <= max ? t : [...t].slice(0, max).join("") + "…";
}

/** Clear a tab's notice when the tab is left (a notice belongs to what was just done in that tab). */
export function useClearOnLeave(active: boolean, clear: () => void): void {
  const latest = React.useRef(clear);
  latest.current = clear;
  React.useEffect(() => {
    if (!active) latest.current();
  }, [active]);
}
