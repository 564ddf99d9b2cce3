/**
 * The browser preview: an in-memory document on the left, the real task pane (App) on the right in a
 * 350 px column (or the size of ?pane=WIDTHxHEIGHT), a top bar to open a .txt/.docx file and switch the language.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
  useId,
  webLightTheme,
} from "@fluentui/react-components";
import { DismissRegular, DocumentAddRegular, FolderOpenRegular } from "@fluentui/react-icons";
import type { MemoryHost } from "../host/memory";
import { setLocale, type Locale } from "../i18n";
import { paneText } from "../i18n/messages/pane";
import { previewText } from "../i18n/messages/preview";
import { App } from "../taskpane/App";
import type { PaneTabId } from "../taskpane/shell/tabs";
import { DocumentColumn } from "./DocumentColumn";
import type { PreviewDoc } from "./doc";
import { openFile } from "./open-file";

const useStyles = makeStyles({
  root: {
    height: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  spacer: { flexGrow: 1 },
  barButton: { color: tokens.colorNeutralForegroundOnBrand },
  langLabel: { color: tokens.colorNeutralForegroundOnBrand, fontSize: tokens.fontSizeBase200 },
  lang: { minWidth: "110px" },
  note: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  status: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL} 0` },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  pane: {
    width: "350px",
    flexShrink: 0,
    display: "flex",
    flexDirection: "column",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: 0,
  },
  hiddenInput: { display: "none" },
});

export interface PreviewAppProps {
  host: MemoryHost;
  doc: PreviewDoc;
  initialLocale: Locale;
  initialTab?: PaneTabId;
  /** The pane's theme (?theme=dark), as Office's theme would set it. */
  theme?: "light" | "dark";
  /** The pane's size (?pane=320x500), as a narrow or short Word task pane would have it; 350 px wide by default. */
  paneSize?: PaneSize | null;
}

export interface PaneSize {
  width: number;
  height: number;
}

/** ?pane=WIDTHxHEIGHT (e.g. 320x500) → the pane's size; null when absent or out of range. */
export function paneSizeFromSearch(search: string): PaneSize | null {
  const m = /^(\d{3,4})x(\d{3,4})$/.exec(new URLSearchParams(search).get("pane") ?? "");
  if (!m) return null;
  const width = Number(m[1]);
  const height = Number(m[2]);
  if (width < 200 || width > 1600 || height < 300 || height > 2400) return null;
  return { width, height };
}

type Status = { intent: "success" | "error"; text: string } | null;

export function PreviewApp({
  host,
  doc,
  initialLocale,
  initialTab,
  theme,
  paneSize,
}: PreviewAppProps): React.JSX.Element {
  const styles = useStyles();
  const [locale, setLocaleState] = React.useState<Locale>(initialLocale);
  const [status, setStatus] = React.useState<Status>(null);
  const input = React.useRef<HTMLInputElement>(null);
  const langId = useId("lang");

  // The i18n layer is global: switch it before this render's strings are read.
  setLocale(locale);
  React.useEffect(() => {
    document.documentElement.lang = locale;
    document.title = previewText("page.title");
  }, [locale]);

  // 检查并保存 and other saves from the pane: say so, since the preview has no file to write.
  React.useEffect(
    () =>
      host.subscribe((change) => {
        if (change.kind === "save") {
          setStatus({ intent: "success", text: previewText("saved", { count: host.saveCount }) });
        }
      }),
    [host],
  );

  const onFile = async (e: React.ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = "";
    if (!file) return;
    const result = await openFile(file);
    if (result.ok) {
      doc.load(result.model);
      setStatus({
        intent: "success",
        text: previewText("open.loaded", { file: file.name, count: result.model.paragraphs.length }),
      });
    } else {
      // The document in memory is left as it was: nothing is lost.
      setStatus({ intent: "error", text: result.message });
    }
  };

  return (
    <FluentProvider theme={webLightTheme} className={styles.root} lang={locale}>
      <header className={styles.bar}>
        <h1 className={styles.title}>
          {previewText("page.title")}
          <Badge appearance="tint" color="informative">
            {previewText("page.badge")}
          </Badge>
        </h1>
        <span className={styles.spacer} />
        <input
          ref={input}
          type="file"
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          className={styles.hiddenInput}
          aria-label={previewText("open.label")}
          data-testid="open-file-input"
          onChange={(e) => void onFile(e)}
        />
        <Button
          appearance="subtle"
          className={styles.barButton}
          icon={<DocumentAddRegular />}
          onClick={() => {
            doc.load({ paragraphs: [{ text: "" }] });
            setStatus(null);
          }}
        >
          {previewText("new")}
        </Button>
        <Button
          appearance="primary"
          icon={<FolderOpenRegular />}
          onClick={() => input.current?.click()}
          data-testid="open-file"
        >
          {previewText("open")}
        </Button>
        <label htmlFor={langId} className={styles.langLabel}>
          {previewText("language")}
        </label>
        <Select
          id={langId}
          size="small"
          className={styles.lang}
          value={locale}
          onChange={(_e, data) => setLocaleState(data.value === "en-US" ? "en-US" : "zh-CN")}
          data-testid="language"
        >
          <option value="zh-CN">{previewText("language.zh")}</option>
          <option value="en-US">{previewText("language.en")}</option>
        </Select>
      </header>
      <Caption1 as="p" className={styles.note} block>
        {previewText("note")}
      </Caption1>
      {status ? (
        <div className={styles.status}>
          <MessageBar intent={status.intent} layout="multiline" data-testid="open-status">
            <MessageBarBody>{status.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={paneText("dismiss")}
                  icon={<DismissRegular />}
                  onClick={() => setStatus(null)}
                />
              }
            />
          </MessageBar>
        </div>
      ) : null}
      <div className={styles.body}>
        <DocumentColumn doc={doc} />
        <aside
          className={styles.pane}
          style={
            paneSize
              ? { width: `${paneSize.width}px`, height: `${paneSize.height}px`, alignSelf: "flex-start" }
              : undefined
          }
          aria-label={previewText("pane.label")}
          data-testid="pane-column"
          onFocus={(e) => {
            // In Word the pane is its own frame: coming back to it from the document focuses its window,
            // and the pane's views read the document again. The preview shares one window: say it here.
            const from = e.relatedTarget as Node | null;
            if (!from || !e.currentTarget.contains(from)) window.dispatchEvent(new Event("focus"));
          }}
        >
          <App host={host} locale={locale} initialTab={initialTab} theme={theme} />
        </aside>
      </div>
    </FluentProvider>
  );
}
