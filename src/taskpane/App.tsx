/**
 * The task pane: a FluentProvider in the Office theme, the tab list 模板 / 短语 / 检查 / 排版 / 大纲, and the
 * tabs themselves, each loaded on first use (React.lazy) and kept mounted once opened. The pane talks
 * to a DocumentHost only (Word or the in-memory host of the preview), never to Office.
 */
import * as React from "react";
import {
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import {
  CheckmarkCircleRegular,
  DocumentTextRegular,
  TextAlignJustifyRegular,
  TextBulletListTreeRegular,
  TextQuoteRegular,
} from "@fluentui/react-icons";
import type { DocumentHost } from "../host/host";
import { HostLimits } from "./shell/HostLimits";
import { getLocale, setLocale, type Locale } from "../i18n";
import { commonText } from "../i18n/messages/common";
import { paneText } from "../i18n/messages/pane";
import type { TabId, TabProps } from "./types";
import { ErrorBar } from "./components/ErrorBar";
import { ErrorBoundary } from "./shell/ErrorBoundary";
import { PaneContext, type PaneAction, type PaneContextValue } from "./shell/PaneContext";
import { DEFAULT_TAB, PANE_TABS, type PaneTabId } from "./shell/tabs";

const TemplatesTab = React.lazy(() =>
  import(/* webpackChunkName: "tab-templates" */ "./templates/TemplatesTab").then((m) => ({
    default: m.TemplatesTab,
  })),
);
const PhrasesTab = React.lazy(() =>
  import(/* webpackChunkName: "tab-phrases" */ "./phrases/PhrasesTab").then((m) => ({
    default: m.PhrasesTab,
  })),
);
const CheckTab = React.lazy(() =>
  import(/* webpackChunkName: "tab-check" */ "./check/CheckTab").then((m) => ({ default: m.CheckTab })),
);
const LayoutTab = React.lazy(() =>
  import(/* webpackChunkName: "tab-layout" */ "./layout/LayoutTab").then((m) => ({ default: m.LayoutTab })),
);
const OutlineTab = React.lazy(() =>
  import(/* webpackChunkName: "tab-outline" */ "./outline/OutlineTab").then((m) => ({
    default: m.OutlineTab,
  })),
);

const TAB_COMPONENTS: Record<PaneTabId, React.ComponentType<TabProps>> = {
  templates: TemplatesTab,
  phrases: PhrasesTab,
  check: CheckTab,
  layout: LayoutTab,
  outline: OutlineTab,
};

const TAB_ICONS: Record<PaneTabId, React.JSX.Element> = {
  templates: <DocumentTextRegular />,
  phrases: <TextQuoteRegular />,
  check: <CheckmarkCircleRegular />,
  layout: <TextAlignJustifyRegular />,
  outline: <TextBulletListTreeRegular />,
};

const useStyles = makeStyles({
  provider: {
    height: "100%",
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  appName: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  tabs: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
    overflowX: "auto",
    paddingLeft: tokens.spacingHorizontalXS,
  },
  tab: { minWidth: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  panels: { flexGrow: 1, overflowY: "auto", minHeight: 0 },
  panel: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    // Fluent's inputs have a minimum width of their own: in a 320 px pane they must take the room there is.
    "& .fui-Input, & .fui-SearchBox, & .fui-Select, & .fui-Textarea, & .fui-Combobox, & .fui-Dropdown": {
      minWidth: 0,
      maxWidth: "100%",
    },
    "& .fui-Input__input, & .fui-Select__select": { minWidth: 0 },
  },
  loading: { padding: tokens.spacingVerticalXL },
  stray: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
});

export interface AppProps {
  host: DocumentHost;
  /** The tab shown first (from ?tab=); 模板 by default, 检查 when opened for 检查并保存. */
  initialTab?: PaneTabId;
  /** Office's theme: light or dark. */
  theme?: "light" | "dark";
  /** A one-shot action the pane was opened for (the ribbon's 检查并保存). */
  action?: PaneAction;
  /** The UI language; the global locale of the i18n layer otherwise. Changing it re-renders the pane. */
  locale?: Locale;
}

export function App(props: AppProps): React.JSX.Element {
  const { host, theme = "light", action } = props;
  const locale = props.locale ?? getLocale();
  // Every t() call below reads the i18n layer's locale; keep it in step with the prop.
  if (props.locale && getLocale() !== props.locale) setLocale(props.locale);
  const styles = useStyles();

  const first: PaneTabId = props.initialTab ?? (action === "checkAndSave" ? "check" : DEFAULT_TAB);
  const [selected, setSelected] = React.useState<PaneTabId>(first);
  const [opened, setOpened] = React.useState<ReadonlySet<PaneTabId>>(() => new Set([first]));

  const select = React.useCallback((tab: PaneTabId) => {
    setSelected(tab);
    setOpened((prev) => (prev.has(tab) ? prev : new Set(prev).add(tab)));
  }, []);
  const navigate = React.useCallback((tab: TabId) => select(tab), [select]);

  // Last line of defence: a promise some tab forgot to handle becomes a message here, not a silent failure.
  const [stray, setStray] = React.useState<unknown>(null);
  React.useEffect(() => {
    if (typeof window === "undefined") return;
    const onRejection = (event: Event): void => {
      event.preventDefault();
      setStray((event as Event & { reason?: unknown }).reason ?? new Error("unhandled rejection"));
    };
    window.addEventListener("unhandledrejection", onRejection);
    return () => window.removeEventListener("unhandledrejection", onRejection);
  }, []);

  const pendingAction = React.useRef<PaneAction | null>(action ?? null);
  const context = React.useMemo<PaneContextValue>(
    () => ({
      locale,
      action: pendingAction.current,
      takeAction: () => {
        const a = pendingAction.current;
        pendingAction.current = null;
        return a;
      },
    }),
    [locale],
  );

  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      className={styles.provider}
      lang={locale}
      data-testid="taskpane"
    >
      <PaneContext.Provider value={context}>
        <header className={styles.header}>
          <h1 className={styles.appName}>{commonText("app.name")}</h1>
        </header>
        <TabList
          data-lz-shell=""
          className={styles.tabs}
          size="small"
          selectedValue={selected}
          onTabSelect={(_e, data) => select(data.value as PaneTabId)}
          aria-label={paneText("tabs.label")}
        >
          {PANE_TABS.map((tab) => (
            <Tab
              key={tab}
              value={tab}
              id={`lz-tab-${tab}`}
              aria-controls={`lz-panel-${tab}`}
              // The Chinese names are two characters; the English ones need the room of the icons at 350 px.
              icon={locale === "zh-CN" ? TAB_ICONS[tab] : undefined}
              className={styles.tab}
            >
              {paneText(`tab.${tab}`)}
            </Tab>
          ))}
        </TabList>
        {stray !== null ? (
          <div className={styles.stray}>
            <ErrorBar error={stray} onDismiss={() => setStray(null)} />
          </div>
        ) : null}
        <HostLimits host={host} />
        <main className={styles.panels}>
          {PANE_TABS.filter((tab) => opened.has(tab)).map((tab) => {
            const Component = TAB_COMPONENTS[tab];
            const active = tab === selected;
            return (
              <div
                key={tab}
                role="tabpanel"
                id={`lz-panel-${tab}`}
                aria-labelledby={`lz-tab-${tab}`}
                hidden={!active}
                className={styles.panel}
                data-testid={`panel-${tab}`}
              >
                <ErrorBoundary part={paneText(`tab.${tab}`)}>
                  <React.Suspense
                    fallback={<Spinner className={styles.loading} size="small" label={paneText("loading")} />}
                  >
                    <Component host={host} active={active} onNavigate={navigate} />
                  </React.Suspense>
                </ErrorBoundary>
              </div>
            );
          })}
        </main>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
