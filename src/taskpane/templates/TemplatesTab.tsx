/**
 * The 模板 tab: the template gallery (outline preview, fields form, 插入 with the at-cursor question for a
 * document that is not empty), the section scaffolds (planned level and number shown before inserting, level
 * override, renumbering offer), 下一个待填项, and import/export of an organisation's pack.
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, ArrowUploadRegular, ChevronDoubleRightRegular } from "@fluentui/react-icons";
import { templatesText as t } from "../../i18n/messages/templates";
import { TEMPLATES } from "../../genre/templates";
import { SCAFFOLDS } from "../../genre/scaffolds";
import { defaultFieldValues, type FieldValues } from "../../core/fields";
import { ErrorBar } from "../components/ErrorBar";
import { downloadText } from "../components/files";
import { ImportFileButton } from "../components/ImportFileButton";
import { useHostCall } from "../hooks/useHostCall";
import { PaneNotice, useClearOnLeave } from "../components/PaneLayout";
import type { TabProps } from "../types";
import { TemplateGallery } from "./TemplateGallery";
import { ScaffoldPicker } from "./ScaffoldPicker";
import { exportPackText, importPack, mergeById, storedPack, type LoadedPack } from "./packs";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, "& > *": { minWidth: 0 } },
});

type View = "templates" | "scaffolds";

export function TemplatesTab(props: TabProps): React.JSX.Element {
  const { host, active } = props;
  const styles = useStyles();
  const call = useHostCall();
  const [view, setView] = React.useState<View>("templates");
  const [values, setValues] = React.useState<FieldValues>(() => defaultFieldValues());
  const [notice, setNotice] = React.useState<string | null>(null);
  useClearOnLeave(active, () => setNotice(null));
  const [packErrors, setPackErrors] = React.useState<string[] | null>(null);
  const [pack, setPack] = React.useState<LoadedPack>(() => storedPack(host.userSettings));

  const templates = React.useMemo(() => mergeById(TEMPLATES, pack.templates), [pack]);
  const scaffolds = React.useMemo(() => mergeById(SCAFFOLDS, pack.scaffolds), [pack]);

  const nextField = async () => {
    const r = await call.run(() => host.nextField());
    if (r.ok && !r.value) setNotice(t("field.none"));
    else if (r.ok) setNotice(null);
  };

  const onPackText = async (text: string) => {
    const r = await call.run(() => importPack(text, host.userSettings));
    if (!r.ok) return;
    if (!r.value.ok) {
      setPackErrors(r.value.messages);
      return;
    }
    setPack(r.value.pack);
    const { references, yearItems } = r.value.pack;
    setNotice(
      t("pack.imported", {
        templates: r.value.pack.templates.length,
        scaffolds: r.value.pack.scaffolds.length,
      }) +
        (references.length || yearItems.length
          ? t("pack.importedYearData", { references: references.length, years: yearItems.length })
          : ""),
    );
  };

  const exportPack = () => {
    downloadText("lianzheng-templates.json", exportPackText(templates, scaffolds));
  };

  return (
    <div className={styles.root} data-testid="templates-tab">
      <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} size="small">
        <Tab value="templates" data-testid="view-templates">
          {t("tab.templates")}
        </Tab>
        <Tab value="scaffolds" data-testid="view-scaffolds">
          {t("tab.scaffolds")}
        </Tab>
      </TabList>
      <div className={styles.toolbar}>
        <Button
          icon={<ChevronDoubleRightRegular />}
          onClick={() => void nextField()}
          data-testid="next-field"
        >
          {t("action.nextField")}
        </Button>
        <ImportFileButton
          label={t("action.import")}
          icon={<ArrowUploadRegular />}
          onChosen={() => {
            setNotice(null);
            setPackErrors(null);
          }}
          onText={onPackText}
          onReadError={(message) => setPackErrors([t("pack.readError", { message })])}
          buttonTestId="import-pack"
          inputTestId="pack-file"
        />
        <Button icon={<ArrowDownloadRegular />} onClick={exportPack} data-testid="export-pack">
          {t("action.export")}
        </Button>
      </div>
      <ErrorBar error={call.error} onDismiss={call.clearError} />
      {packErrors ? (
        <MessageBar intent="error" layout="multiline" data-testid="pack-errors">
          <MessageBarBody>
            <MessageBarTitle>{t("pack.invalid")}</MessageBarTitle>
            <ul>
              {packErrors.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <PaneNotice text={notice} onDismiss={() => setNotice(null)} data-testid="templates-notice" />
      {view === "templates" ? (
        <TemplateGallery
          host={host}
          call={call}
          templates={templates}
          values={values}
          onValues={setValues}
          onNotice={setNotice}
        />
      ) : (
        <ScaffoldPicker
          host={host}
          call={call}
          scaffolds={scaffolds}
          values={values}
          active={active}
          onNotice={setNotice}
        />
      )}
    </div>
  );
}
