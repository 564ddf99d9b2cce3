/**
 * Rule settings: switch each rule on or off and change its severity; import and export an
 * organisation's rule pack (JSON, schema-validated: an invalid pack imports nothing and the message
 * names the field); live mode. Rules from 条例 or 国标 that are off are marked, never hidden.
 */
import * as React from "react";
import { Button, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { downloadText } from "../components/files";
import { ImportFileButton } from "../components/ImportFileButton";
import type { Severity } from "../../core/findings";
import type { DocumentHost } from "../../host/host";
import { pick } from "../../i18n";
import { checkText } from "../../i18n/messages/check";
import { allRules, type RuleMeta } from "./engine";
import { PACK_MAX_BYTES } from "./pack-limits";
import { DEFAULT_USER_SETTINGS, effectiveRules, setRule, type UserCheckSettings } from "./settings";
import type { StatusMessage } from "./view";
import { CATEGORY_ORDER, SEVERITIES } from "./view";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  name: { minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  metaRow: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  source: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  off: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  buttons: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    margin: `${tokens.spacingVerticalS} 0`,
  },
  group: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
  },
  select: { minWidth: "88px", flexShrink: 0 },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

function isStandardRule(meta: RuleMeta): boolean {
  return meta.sourceKind === "regulation" || meta.sourceKind === "standard";
}

export interface RuleSettingsProps {
  host: DocumentHost;
  user: UserCheckSettings;
  busy: boolean;
  update(next: UserCheckSettings, message?: StatusMessage): Promise<boolean>;
  report(message: StatusMessage): void;
}

export function RuleSettings(props: RuleSettingsProps): React.JSX.Element {
  const { host, user, busy } = props;
  const styles = useStyles();
  const rules = allRules();
  const effective = effectiveRules(user);
  const liveSupported = host.capabilities.liveChanges && typeof host.onParagraphsChanged === "function";

  // pack.ts holds the schemas (zod): loaded when a pack is imported or exported, not with the tab.
  const onPackText = async (text: string): Promise<void> => {
    const { parsePack } = await import("./pack");
    const parsed = parsePack(text);
    if (!parsed.ok) {
      props.report({ intent: "error", text: () => parsed.message });
      return;
    }
    const count = Object.keys(parsed.pack.rules).length;
    // Importing a pack makes it the settings in force: personal overrides are cleared.
    await props.update(
      { ...user, rules: {}, pack: parsed.pack },
      {
        intent: "success",
        text: () =>
          parsed.pack.name
            ? checkText("pack.imported", { name: parsed.pack.name, count })
            : checkText("pack.importedUnnamed", { count }),
      },
    );
  };

  const onExport = async (): Promise<void> => {
    const { exportPack } = await import("./pack");
    const { fileName, json } = exportPack(user, checkText("pack.defaultName"));
    if (downloadText(fileName, json))
      props.report({ intent: "success", text: () => checkText("pack.exported", { file: fileName }) });
    else props.report({ intent: "error", text: () => checkText("pack.exportFailed") });
  };

  const change = (meta: RuleMeta, value: "off" | Severity): void => {
    void props.update(setRule(user, meta.id, value, meta.severity));
  };

  const byCategory = CATEGORY_ORDER.map((c) => ({
    category: c,
    rules: rules.filter((r) => r.category === c),
  })).filter((g) => g.rules.length > 0);

  return (
    <div data-testid="rule-settings">
      <Switch
        label={checkText("rules.live")}
        checked={user.live && liveSupported}
        disabled={!liveSupported || busy}
        onChange={(_e, data) => void props.update({ ...user, live: data.checked })}
      />
      {!liveSupported ? <div className={styles.note}>{checkText("rules.liveUnsupported")}</div> : null}

      <div className={styles.buttons}>
        <ImportFileButton
          label={checkText("pack.import")}
          size="small"
          disabled={busy}
          maxBytes={PACK_MAX_BYTES}
          onTooLarge={() =>
            props.report({
              intent: "error",
              text: () => checkText("pack.tooLarge", { limit: Math.round(PACK_MAX_BYTES / 1024) }),
            })
          }
          onText={onPackText}
          onReadError={(message) =>
            props.report({ intent: "error", text: () => checkText("pack.invalidJson", { message }) })
          }
          inputTestId="pack-file"
        />
        <Button size="small" disabled={busy} onClick={() => void onExport()}>
          {checkText("pack.export")}
        </Button>
        {user.pack ? (
          <Button
            size="small"
            disabled={busy}
            onClick={() =>
              void props.update(
                { ...user, pack: null },
                { intent: "info", text: () => checkText("pack.removed") },
              )
            }
          >
            {checkText("pack.remove")}
          </Button>
        ) : null}
        <Button
          size="small"
          disabled={busy}
          onClick={() =>
            void props.update(
              { ...DEFAULT_USER_SETTINGS, rules: {}, live: user.live },
              { intent: "info", text: () => checkText("rules.resetDone") },
            )
          }
        >
          {checkText("rules.reset")}
        </Button>
      </div>
      {user.pack ? (
        <div className={styles.note} data-testid="pack-active">
          {checkText("pack.active", { name: user.pack.name ?? checkText("pack.title") })}
        </div>
      ) : null}

      {byCategory.map((g) => (
        <section key={g.category} aria-label={checkText(`category.${g.category}`)}>
          <h4 className={styles.group}>{checkText(`category.${g.category}`)}</h4>
          {g.rules.map((meta) => {
            const name = pick(meta.description);
            const value = effective[meta.id] ?? meta.severity;
            const on = value !== "off";
            const offByPack = !on && user.pack?.rules[meta.id] === "off" && user.rules[meta.id] === undefined;
            const onSeverity: Severity =
              user.pack?.rules[meta.id] && user.pack.rules[meta.id] !== "off"
                ? (user.pack.rules[meta.id] as Severity)
                : meta.severity;
            return (
              <div key={meta.id} className={styles.row} data-testid={`rule-${meta.id}`}>
                <Switch
                  checked={on}
                  disabled={busy}
                  aria-label={checkText("rules.enabled", { rule: name })}
                  onChange={(_e, data) => change(meta, data.checked ? onSeverity : "off")}
                />
                <div className={styles.name}>
                  <span>{name}</span>
                  <div className={styles.metaRow}>
                    <span className={styles.source}>
                      {pick(meta.source) || checkText(`source.${meta.sourceKind}`)}
                      {!on ? (
                        <span className={isStandardRule(meta) ? styles.off : undefined}>
                          {` · ${offByPack ? checkText("rules.offByPack") : checkText("rules.off")}`}
                        </span>
                      ) : null}
                    </span>
                    <Select
                      className={styles.select}
                      size="small"
                      disabled={!on || busy}
                      value={on ? value : onSeverity}
                      aria-label={checkText("rules.severity", { rule: name })}
                      onChange={(_e, data) => change(meta, data.value as Severity)}
                    >
                      {SEVERITIES.map((sv) => (
                        <option key={sv} value={sv}>
                          {checkText(`severity.${sv}`)}
                        </option>
                      ))}
                    </Select>
                  </div>
                </div>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
