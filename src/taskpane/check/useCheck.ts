/**
 * The state and actions of the 检查 tab: one read of the document per check, fixes through
 * host.applyEdits with the expected-text guard (a stale fix re-checks and says so), ignores kept in the
 * document's settings, rule settings and the rule pack in the user's settings, check-and-save, and the
 * optional live mode. Every host call goes through useHostCall, so a HostError becomes a message and
 * never an unhandled rejection.
 */
import * as React from "react";
import type { Finding } from "../../core/findings";
import {
  IGNORES_SETTING_KEY,
  addIgnore,
  addIgnores,
  partitionFindings,
  removeIgnore,
  serializeIgnores,
  type IgnoreEntry,
  type Partitioned,
} from "../../core/ignores";
import type { DocModel } from "../../core/model";
import type { KindRegistry } from "../../core/kinds";
import { HostError, type DocumentHost } from "../../host/host";
import { checkText } from "../../i18n/messages/check";
import { describeError } from "../components/errors";
import { useHostCall } from "../hooks/useHostCall";
import { LiveCheck, editsFor, type CheckOutcome } from "./engine";
import { loadPaneKinds, paneKinds } from "../kinds";
import {
  DOC_SETTINGS_KEY,
  USER_SETTINGS_KEY,
  readDocSettings,
  readUserSettings,
  toConfig,
  type DocCheckSettings,
  type UserCheckSettings,
} from "./settings";
import type { SeverityFilter, StatusMessage } from "./view";
import type { CheckState } from "./check-state";
import { loadIgnores, safeGet, sameDocument } from "./load";
import { documentUnchanged, useLiveCheck } from "./follow";

export type { CheckState } from "./check-state";

const EMPTY_PARTS: Partitioned = { active: [], ignored: [], orphans: [] };

export function useCheck(host: DocumentHost): CheckState {
  const call = useHostCall();
  const run = call.run;
  const initial = React.useMemo(() => loadIgnores(host), [host]);
  const [model, setModel] = React.useState<DocModel | null>(null);
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [ignores, setIgnores] = React.useState<IgnoreEntry[]>(initial.entries);
  const [user, setUser] = React.useState<UserCheckSettings>(() =>
    readUserSettings(safeGet(host.userSettings, USER_SETTINGS_KEY)),
  );
  const [doc, setDoc] = React.useState<DocCheckSettings>(() =>
    readDocSettings(safeGet(host.documentSettings, DOC_SETTINGS_KEY)),
  );
  const [status, setStatus] = React.useState<StatusMessage | null>(initial.warning);
  const [saveBlocked, setSaveBlocked] = React.useState<number | null>(null);
  const [filter, setFilter] = React.useState<SeverityFilter>("all");
  const [stale, setStale] = React.useState(false);
  /** Checks under way: a verification that overlaps one says nothing (the check will answer). */
  const checking = React.useRef(0);

  // The latest values for async flows (a check started before a settings change uses the new settings).
  const latest = React.useRef({ model, user, doc, ignores });
  latest.current = { model, user, doc, ignores };
  const seq = React.useRef(0);

  const parts = React.useMemo(
    () => (outcome ? partitionFindings(outcome.findings, ignores) : { ...EMPTY_PARTS, orphans: ignores }),
    [outcome, ignores],
  );

  const session = React.useRef<LiveCheck | null>(null);

  /**
   * Read the document once and check it; only the latest of overlapping checks updates the state.
   * `incremental` (live mode) re-checks only the changed paragraphs when the structure is unchanged.
   */
  const readAndCheck = React.useCallback(
    async (
      incremental = false,
      read: () => Promise<DocModel> = () => host.readModel(),
    ): Promise<{ model: DocModel; outcome: CheckOutcome }> => {
      const mine = ++seq.current;
      checking.current++;
      let m: DocModel;
      let kinds: KindRegistry;
      try {
        m = await read();
        kinds = await loadPaneKinds(host.userSettings);
      } finally {
        checking.current--;
      }
      let o: CheckOutcome;
      if (incremental && session.current) {
        o = session.current.update(m);
      } else {
        session.current = new LiveCheck(m, toConfig(latest.current.user, latest.current.doc), kinds);
        o = session.current.outcome;
      }
      if (mine === seq.current) {
        latest.current.model = m;
        setModel(m);
        setOutcome(o);
        setStale(false);
      }
      return { model: m, outcome: o };
    },
    [host],
  );

  /** Check the last read model again (settings changed); no host call. */
  const recheckCached = React.useCallback(
    (u: UserCheckSettings, d: DocCheckSettings) => {
      const m = latest.current.model;
      if (!m) return;
      seq.current++;
      session.current = new LiveCheck(m, toConfig(u, d), paneKinds(host.userSettings));
      setOutcome(session.current.outcome);
    },
    [host],
  );

  const verify = React.useCallback(async () => {
    const checked = latest.current.model;
    if (!checked || checking.current > 0) return;
    const before = seq.current;
    let m: DocModel;
    try {
      m = await host.readModel();
    } catch {
      // Not worth a message: the next check reads again and reports a failure.
      return;
    }
    if (before !== seq.current || checking.current > 0 || latest.current.model !== checked) return;
    setStale(!sameDocument(checked, m));
  }, [host]);

  /**
   * Whether the document is still the one the findings came from, by the host's fingerprint: Word's
   * change events may never come (onParagraphDeleted in long documents, office-js #5400; deletions under
   * track changes, #3864), and a deleted paragraph shifts every index after it. True without a fingerprint.
   */
  const unchanged = React.useCallback(() => documentUnchanged(host, latest.current.model), [host]);

  const watch = React.useCallback(async () => {
    const checked = latest.current.model;
    if (!checked || !host.fingerprint || checking.current > 0) return;
    const before = seq.current;
    let same: boolean;
    try {
      same = await unchanged();
    } catch {
      return; // Not worth a message: the next check reads again and reports a failure.
    }
    if (same || before !== seq.current || checking.current > 0 || latest.current.model !== checked) return;
    if (latest.current.user.live && host.capabilities.liveChanges)
      await readAndCheck(true).catch((e: unknown) =>
        setStatus({ intent: "warning", text: () => describeError(e) }),
      );
    else setStale(true);
  }, [host, unchanged, readAndCheck]);

  const check = React.useCallback(async () => {
    setStatus(null);
    setSaveBlocked(null);
    await run(() => readAndCheck());
  }, [run, readAndCheck]);

  /**
   * Select a finding's text. When its paragraph was edited since the check, the host refuses (the
   * offsets would select the wrong text): check again and say so, as a stale fix does.
   */
  const select = React.useCallback(
    async (f: Finding) => {
      if (f.paragraph === null) return;
      const location = {
        paragraph: f.paragraph,
        offset: f.offset,
        length: f.length,
        ...(f.expected !== null ? { expected: f.expected } : {}),
      };
      const r = await run(async () => {
        if (!(await unchanged())) {
          await readAndCheck();
          return "stale" as const;
        }
        try {
          await host.select(location);
          return "selected" as const;
        } catch (e) {
          if (!(e instanceof HostError && e.code === "stale")) throw e;
          await readAndCheck();
          return "stale" as const;
        }
      });
      if (r.ok && r.value === "stale")
        setStatus({ intent: "warning", text: () => checkText("status.staleSelect") });
    },
    [run, host, readAndCheck, unchanged],
  );

  const applyAndRecheck = React.useCallback(
    async (findings: Finding[]) => {
      const m = latest.current.model;
      if (!m || findings.length === 0) return;
      setStatus(null);
      const r = await run(async () => {
        const edits = editsFor(findings, m);
        if (!(await unchanged())) {
          // Changed without an event: the findings' paragraph indexes may be off. Nothing is written.
          await readAndCheck();
          return { result: { applied: 0, stale: edits.map((_, i) => i) }, planned: edits.length };
        }
        const result = edits.length > 0 ? await host.applyEdits(edits) : { applied: 0, stale: [] };
        // Fixes that add no paragraph: read again only the paragraphs they touched (then a full check).
        const touched = edits.flatMap((e) =>
          e.kind === "replace" || e.kind === "format" ? [e.paragraph] : [],
        );
        const partial = host.readParagraphs && touched.length === edits.length;
        await readAndCheck(false, partial ? () => host.readParagraphs!(m, touched) : undefined);
        return { result, planned: edits.length };
      });
      if (!r.ok) return;
      const { result, planned } = r.value;
      const stale = result.stale.length + (planned === 0 ? findings.length : 0);
      if (stale > 0 && result.applied === 0)
        setStatus({ intent: "warning", text: () => checkText("status.stale") });
      else if (stale > 0)
        setStatus({
          intent: "warning",
          text: () => checkText("status.staleSome", { applied: result.applied, stale }),
        });
      else if (result.applied === 1)
        setStatus({ intent: "success", text: () => checkText("status.fixedOne") });
      else
        setStatus({
          intent: "success",
          text: () => checkText("status.fixedMany", { count: result.applied }),
        });
    },
    [run, host, readAndCheck, unchanged],
  );

  const fix = React.useCallback((f: Finding) => applyAndRecheck([f]), [applyAndRecheck]);

  const fixAll = React.useCallback(
    (rule: string) =>
      applyAndRecheck(parts.active.filter((f) => f.rule === rule && f.fix && f.paragraph !== null)),
    [applyAndRecheck, parts],
  );

  const storeIgnores = React.useCallback(
    async (next: IgnoreEntry[], message: StatusMessage | null) => {
      const r = await run(() => host.documentSettings.set(IGNORES_SETTING_KEY, serializeIgnores(next)));
      if (!r.ok) return;
      // A second ignore before the next render must start from this list.
      latest.current.ignores = next;
      setIgnores(next);
      if (message) setStatus(message);
    },
    [run, host],
  );

  const ignore = React.useCallback(
    (f: Finding) =>
      storeIgnores(addIgnore(latest.current.ignores, f), {
        intent: "info",
        text: () => checkText("status.ignored"),
      }),
    [storeIgnores],
  );
  const ignoreAll = React.useCallback(
    (findings: Finding[]) =>
      findings.length === 0
        ? Promise.resolve()
        : storeIgnores(addIgnores(latest.current.ignores, findings), {
            intent: "info",
            text: () => checkText("status.ignoredMany", { count: findings.length }),
          }),
    [storeIgnores],
  );
  const unignore = React.useCallback(
    (entry: IgnoreEntry) =>
      storeIgnores(removeIgnore(latest.current.ignores, entry), {
        intent: "info",
        text: () => checkText("status.unignored"),
      }),
    [storeIgnores],
  );
  const clearOrphans = React.useCallback(() => {
    const orphans = new Set(parts.orphans);
    return storeIgnores(
      latest.current.ignores.filter((e) => !orphans.has(e)),
      null,
    );
  }, [parts, storeIgnores]);

  const save = React.useCallback(
    async (message: StatusMessage) => {
      if (!host.capabilities.save) {
        setStatus({ intent: "warning", text: () => checkText("status.saveUnsupported") });
        return;
      }
      const r = await run(() => host.save());
      if (r.ok) {
        setSaveBlocked(null);
        setStatus(message);
      }
    },
    [run, host],
  );

  const checkAndSave = React.useCallback(async () => {
    setStatus(null);
    setSaveBlocked(null);
    const r = await run(() => readAndCheck());
    if (!r.ok) return;
    const active = partitionFindings(r.value.outcome.findings, latest.current.ignores).active;
    const errors = active.filter((f) => f.severity === "error").length;
    if (errors === 0) {
      await save({ intent: "success", text: () => checkText("status.saved") });
    } else {
      setSaveBlocked(errors);
      setFilter("error");
    }
  }, [run, readAndCheck, save]);

  const saveAnyway = React.useCallback(
    () => save({ intent: "info", text: () => checkText("status.savedAnyway", { count: saveBlocked ?? 0 }) }),
    [save, saveBlocked],
  );

  const updateUser = React.useCallback(
    async (next: UserCheckSettings, message?: StatusMessage) => {
      const r = await run(() => host.userSettings.set(USER_SETTINGS_KEY, next));
      if (!r.ok) return false;
      latest.current.user = next;
      setUser(next);
      recheckCached(next, latest.current.doc);
      if (message) setStatus(message);
      return true;
    },
    [run, host, recheckCached],
  );

  const updateDoc = React.useCallback(
    async (next: DocCheckSettings) => {
      const r = await run(() => host.documentSettings.set(DOC_SETTINGS_KEY, next));
      if (!r.ok) return false;
      latest.current.doc = next;
      setDoc(next);
      recheckCached(latest.current.user, next);
      return true;
    },
    [run, host, recheckCached],
  );

  // Live mode: re-check after paragraphs change, debounced (WordApi 1.6 hosts only).
  const liveOn = user.live && host.capabilities.liveChanges && typeof host.onParagraphsChanged === "function";
  useLiveCheck(host, liveOn, () => {
    // Quietly (no spinner, buttons stay enabled while the writer types); a failure is shown.
    readAndCheck(true).catch((e: unknown) => setStatus({ intent: "warning", text: () => describeError(e) }));
  });

  return {
    kinds: paneKinds(host.userSettings),
    call,
    model,
    outcome,
    parts,
    ignores,
    user,
    doc,
    status,
    saveBlocked,
    stale,
    verify,
    watch,
    filter,
    setFilter,
    clearStatus: () => setStatus(null),
    check,
    select,
    fix,
    fixAll,
    ignore,
    ignoreAll,
    unignore,
    clearOrphans,
    checkAndSave,
    saveAnyway,
    cancelSave: () => setSaveBlocked(null),
    updateUser,
    updateDoc,
    setStatus,
  };
}
