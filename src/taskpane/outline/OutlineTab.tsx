/**
 * 大纲: the recognised structure of the document (title, 主送, 落款, 日期 and the heading tree). Reads the
 * whole document in one host call when the tab is shown, when the pane gets the focus back, when the
 * paragraphs change (WordApi 1.6) and when 刷新 is pressed; activating a
 * heading or a part selects it in the document.
 */
import * as React from "react";
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import type { DocModel, Location } from "../../core/model";
import { buildOutline } from "../../core/outline";
import type { DocStructure, Heading } from "../../core/outline-types";
import { paneText } from "../../i18n/messages/pane";
import { Busy, ErrorBar, NoticeBar } from "../components";
import { useHostCall } from "../hooks/useHostCall";
import { useDocumentRefresh } from "../hooks/useDocumentRefresh";
import type { TabProps } from "../types";
import { OutlineTree, headingLocation } from "./OutlineTree";

type PartKey = "title" | "addressee" | "signature" | "date";
const PARTS: readonly PartKey[] = ["title", "addressee", "signature", "date"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  toolbar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  summary: { color: tokens.colorNeutralForeground3, flexGrow: 1 },
  parts: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    alignItems: "center",
  },
  partLabel: { color: tokens.colorNeutralForeground3, margin: 0 },
  partValue: { margin: 0, minWidth: 0 },
  partButton: {
    justifyContent: "flex-start",
    maxWidth: "100%",
    minWidth: 0,
    fontWeight: tokens.fontWeightRegular,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  partText: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  missing: { color: tokens.colorNeutralForeground4, paddingLeft: tokens.spacingHorizontalXS },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface Snapshot {
  model: DocModel;
  structure: DocStructure;
}

function wholeParagraph(model: DocModel, paragraph: number): Location {
  return { paragraph, offset: 0, length: model.paragraphs[paragraph]?.text.length ?? 0 };
}

export function OutlineTab({ host, active }: TabProps): React.JSX.Element {
  const styles = useStyles();
  const reader = useHostCall();
  const selector = useHostCall();
  const [snapshot, setSnapshot] = React.useState<Snapshot | null>(null);
  const [current, setCurrent] = React.useState<number | null>(null);
  const generation = React.useRef(0);
  const { run: read } = reader;
  const { run: act } = selector;

  const refresh = React.useCallback(async () => {
    const mine = ++generation.current;
    const result = await read(async () => {
      const model = await host.readModel();
      return { model, structure: buildOutline(model) };
    });
    // A slower, older read must not overwrite a newer one.
    if (result.ok && mine === generation.current) setSnapshot(result.value);
  }, [host, read]);

  // Read when the tab is shown, when the pane gets the focus back and when the paragraphs change (Word with
  // WordApi 1.6): the outline is never the one of an earlier document or version.
  useDocumentRefresh(host, active, refresh);

  const selectLocation = (location: Location): void => {
    setCurrent(location.paragraph);
    void act(() => host.select(location));
  };
  const activateHeading = (heading: Heading): void => selectLocation(headingLocation(heading));

  const structure = snapshot?.structure;
  const model = snapshot?.model;
  const empty = model !== undefined && model.paragraphs.every((p) => p.text.trim() === "");

  return (
    <section className={styles.root} aria-labelledby="lz-tab-outline" data-testid="outline-tab">
      <div className={styles.toolbar}>
        <Button
          icon={<ArrowClockwiseRegular />}
          size="small"
          onClick={() => void refresh()}
          disabled={reader.busy}
          data-testid="outline-refresh"
        >
          {paneText("outline.refresh")}
        </Button>
        {model && structure ? (
          <Caption1 className={styles.summary} aria-live="polite">
            {paneText("outline.summary", {
              paragraphs: model.paragraphs.length,
              headings: structure.headings.length,
            })}
          </Caption1>
        ) : null}
        <Busy busy={reader.busy} label={paneText("outline.refreshing")} />
      </div>
      <ErrorBar error={reader.error} onDismiss={reader.clearError} />
      <ErrorBar error={selector.error} onDismiss={selector.clearError} />
      {model && structure ? (
        empty ? (
          <NoticeBar>{paneText("outline.emptyDoc")}</NoticeBar>
        ) : (
          <>
            <dl
              className={styles.parts}
              aria-label={paneText("outline.partsLabel")}
              data-testid="outline-parts"
            >
              {PARTS.map((part) => {
                const index = structure[part];
                return (
                  <React.Fragment key={part}>
                    <dt className={styles.partLabel}>
                      <Caption1>{paneText(`outline.part.${part}`)}</Caption1>
                    </dt>
                    <dd className={styles.partValue}>
                      {index === null ? (
                        <Caption1 className={styles.missing}>{paneText("outline.part.missing")}</Caption1>
                      ) : (
                        <Button
                          appearance="subtle"
                          size="small"
                          className={styles.partButton}
                          onClick={() => selectLocation(wholeParagraph(model, index))}
                          data-testid={`outline-part-${part}`}
                        >
                          <span className={styles.partText}>{model.paragraphs[index]?.text}</span>
                        </Button>
                      )}
                    </dd>
                  </React.Fragment>
                );
              })}
            </dl>
            {structure.roots.length > 0 ? (
              <>
                <Text as="h2" className={styles.sectionTitle} id="lz-outline-tree-title">
                  {paneText("outline.treeLabel")}
                </Text>
                <OutlineTree
                  structure={structure}
                  onActivate={activateHeading}
                  current={current}
                  aria-label={paneText("outline.treeLabel")}
                />
                <Caption1 className={styles.hint}>{paneText("outline.selectHint")}</Caption1>
              </>
            ) : (
              <NoticeBar title={paneText("outline.empty.title")}>{paneText("outline.empty.body")}</NoticeBar>
            )}
          </>
        )
      ) : null}
    </section>
  );
}
