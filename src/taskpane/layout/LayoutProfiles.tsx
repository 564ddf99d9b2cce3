/**
 * The 排版方案 picker: the standard profile and the user's own (saved per user), import of a pack
 * (atomic: a pack with one invalid profile is refused whole; an organisation's profile is a pack) and
 * export of the user's own profiles.
 */
import * as React from "react";
import { Button, Caption1, Select, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, ArrowUploadRegular } from "@fluentui/react-icons";
import { makeLayoutPack, mergeProfiles, parseLayoutPack, validProfiles } from "../../core/layout-profiles";
import type { LayoutProfile } from "../../genre/layout-profile";
import { STANDARD_PROFILE } from "../../genre/layout-profile-data";
import type { KeyValueStore } from "../../host/host";
import { layoutText as t } from "../../i18n/messages/layout";
import { ImportFileButton } from "../components/ImportFileButton";
import { downloadText } from "../components/files";

/** User settings: the own profiles and the chosen profile's id. */
export const PROFILES_KEY = "layout.profiles";
export const PROFILE_KEY = "layout.profile";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground3, display: "block" },
});

/** The chosen profile (the standard one when the saved id is gone). */
export function chosenProfile(settings: KeyValueStore): LayoutProfile {
  const own = validProfiles(settings.get(PROFILES_KEY));
  const id = settings.get<string>(PROFILE_KEY);
  return own.find((p) => p.id === id) ?? STANDARD_PROFILE;
}

export function LayoutProfiles(props: {
  settings: KeyValueStore;
  profile: LayoutProfile;
  onProfile(p: LayoutProfile): void;
  disabled?: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  const { settings, profile, onProfile } = props;
  const [own, setOwn] = React.useState<LayoutProfile[]>(() => validProfiles(settings.get(PROFILES_KEY)));
  const [note, setNote] = React.useState<string | null>(null);

  const save = async (key: string, value: unknown) => {
    try {
      await settings.set(key, value);
    } catch {
      setNote(t("profile.saveFailed"));
    }
  };

  const choose = async (id: string) => {
    const p = own.find((x) => x.id === id) ?? STANDARD_PROFILE;
    setNote(null);
    onProfile(p);
    await save(PROFILE_KEY, p.id);
  };

  const onPack = async (text: string) => {
    const parsed = parseLayoutPack(text);
    if (!parsed.ok) {
      setNote(t("profile.invalid", { reason: parsed.issues.slice(0, 3).join("; ") }));
      return;
    }
    const merged = mergeProfiles(own, parsed.pack.profiles);
    setOwn(merged.profiles);
    setNote(t("profile.imported", { count: merged.added + merged.replaced }));
    await save(PROFILES_KEY, merged.profiles);
    // The first imported profile is chosen (an organisation's pack usually holds one).
    const first = parsed.pack.profiles.find((p) => p.id !== STANDARD_PROFILE.id);
    if (first) {
      onProfile(first);
      await save(PROFILE_KEY, first.id);
    }
  };

  const onExport = () => {
    if (own.length === 0) {
      setNote(t("profile.exportNone"));
      return;
    }
    downloadText("lianzheng-layout-profiles.json", `${JSON.stringify(makeLayoutPack(own), null, 2)}\n`);
  };

  return (
    <div>
      <div className={styles.row}>
        <label htmlFor="lz-layout-profile">{t("profile.label")}</label>
        <Select
          id="lz-layout-profile"
          size="small"
          value={profile.id}
          onChange={(_, d) => void choose(d.value)}
          disabled={props.disabled}
          data-testid="layout-profile"
        >
          <option value={STANDARD_PROFILE.id}>{t("profile.standard")}</option>
          {own.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
        <ImportFileButton
          label={t("profile.import")}
          icon={<ArrowUploadRegular />}
          size="small"
          disabled={props.disabled}
          maxBytes={200_000}
          onChosen={() => setNote(null)}
          onText={onPack}
          onReadError={(message) => setNote(t("profile.readError", { message }))}
          buttonTestId="layout-profile-import"
          inputTestId="layout-profile-file"
        />
        <Button
          size="small"
          icon={<ArrowDownloadRegular />}
          onClick={onExport}
          data-testid="layout-profile-export"
        >
          {t("profile.export")}
        </Button>
      </div>
      {note ? (
        <Caption1 className={styles.hint} role="status" data-testid="layout-profile-note">
          {note}
        </Caption1>
      ) : null}
    </div>
  );
}
