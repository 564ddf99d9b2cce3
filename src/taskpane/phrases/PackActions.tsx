/**
 * Import and export of phrase packs: a pack is validated as a whole (any problem: nothing is taken,
 * and the entries and fields at fault are listed); ids that already exist are asked about (replace,
 * skip or cancel); the import is one store write. Export writes the user's own phrases as a pack.
 */
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
import { ArrowDownloadRegular, ArrowUploadRegular } from "@fluentui/react-icons";
import { makePack, parsePack, type SnippetPack } from "../../genre/snippet-schema";
import { librarySnippets } from "../../genre/snippets";
import { describePackIssue } from "../../genre/snippets/pack-issues";
import type { DocumentHost } from "../../host/host";
import { phrasesText as t } from "../../i18n/messages/phrases";
import { downloadText } from "../components/files";
import { ImportFileButton } from "../components/ImportFileButton";
import { duplicateIds, importPack } from "./store";
import type { UserPhrasesState } from "./useUserPhrases";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface PackActionsProps {
  host: DocumentHost;
  phrases: UserPhrasesState;
  ownIds: ReadonlySet<string>;
  setNotice(notice: string | null): void;
  /** Buttons shown before 导入 and 导出 in the same row. */
  before?: React.ReactNode;
}

export function PackActions(props: PackActionsProps): React.JSX.Element {
  const { host, phrases, ownIds, setNotice } = props;
  const { user, setUser, store } = phrases;
  const styles = useStyles();
  const [packErrors, setPackErrors] = React.useState<string[] | null>(null);
  const [pending, setPending] = React.useState<{ pack: SnippetPack; duplicates: string[] } | null>(null);

  const existingIds = React.useMemo(
    () => new Set([...librarySnippets.map((s) => s.id), ...ownIds]),
    [ownIds],
  );

  const runImport = async (pack: SnippetPack, duplicates: "replace" | "skip") => {
    setPending(null);
    const r = await store(() => importPack(host.userSettings, user.own, pack, existingIds, duplicates));
    if (!r) return;
    setUser((u) => ({ ...u, own: r.own }));
    setNotice(
      t("import.done", {
        imported: r.imported,
        skipped: r.skipped ? t("import.skippedPart", { count: r.skipped }) : "",
      }),
    );
  };

  const onPackText = async (text: string) => {
    const parsed = parsePack(text);
    if (!parsed.ok) {
      setPackErrors(parsed.issues.slice(0, 20).map(describePackIssue));
      return;
    }
    const duplicates = duplicateIds(parsed.pack, existingIds);
    if (duplicates.length) setPending({ pack: parsed.pack, duplicates });
    else await runImport(parsed.pack, "skip");
  };

  const exportOwn = () => {
    if (user.own.length === 0) {
      setNotice(t("export.none"));
      return;
    }
    downloadText(
      "lianzheng-phrases.json",
      `${JSON.stringify(makePack(user.own.map((r) => r.snippet)), null, 2)}\n`,
    );
  };

  return (
    <>
      {packErrors ? (
        <MessageBar intent="error" layout="multiline" data-testid="phrase-pack-errors">
          <MessageBarBody>
            <MessageBarTitle>{t("import.invalid")}</MessageBarTitle>
            <ul>
              {packErrors.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {pending ? (
        <MessageBar intent="warning" layout="multiline" data-testid="phrase-import-duplicates">
          <MessageBarBody>
            {t("import.duplicates", {
              count: pending.duplicates.length,
              ids: pending.duplicates.slice(0, 5).join("、") + (pending.duplicates.length > 5 ? "…" : ""),
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => void runImport(pending.pack, "replace")}
              data-testid="phrase-import-replace"
            >
              {t("import.replace")}
            </Button>
            <Button onClick={() => void runImport(pending.pack, "skip")} data-testid="phrase-import-skip">
              {t("import.skip")}
            </Button>
            <Button
              onClick={() => {
                setPending(null);
                setNotice(t("import.cancelled"));
              }}
              data-testid="phrase-import-cancel"
            >
              {t("import.cancel")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        {props.before}
        <ImportFileButton
          label={t("action.import")}
          icon={<ArrowUploadRegular />}
          onChosen={() => {
            setNotice(null);
            setPackErrors(null);
            setPending(null);
          }}
          onText={onPackText}
          onReadError={(message) => setPackErrors([t("import.readError", { message })])}
          buttonTestId="phrase-import"
          inputTestId="phrase-pack-file"
        />
        <Button icon={<ArrowDownloadRegular />} onClick={exportOwn} data-testid="phrase-export">
          {t("action.export")}
        </Button>
      </div>
    </>
  );
}
