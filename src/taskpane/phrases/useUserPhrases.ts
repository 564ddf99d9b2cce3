/**
 * The user's phrases in the 短语 tab: their own snippets, favourites and recently used, loaded from the
 * host's per-user settings. Every change is written first and only then shown (`store`); a full store
 * (HostError "storageFull") is said by `storageFull` and loses nothing.
 */
import * as React from "react";
import { HostError, type DocumentHost } from "../../host/host";
import type { HostCall } from "../hooks/useHostCall";
import { loadUserPhrases, pushRecent, toggleFavourite, type UserPhrases } from "./store";

export interface UserPhrasesState {
  user: UserPhrases;
  setUser: React.Dispatch<React.SetStateAction<UserPhrases>>;
  /** The last change was refused because the store is full. */
  storageFull: boolean;
  /** Run a write; undefined when it failed (the error is in `call`, or `storageFull` is set). */
  store<T>(fn: () => Promise<T>): Promise<T | undefined>;
  toggleFavourite(id: string): Promise<void>;
  markUsed(id: string): Promise<void>;
}

function isStorageFull(e: unknown): boolean {
  return e instanceof HostError && e.code === "storageFull";
}

export function useUserPhrases(host: DocumentHost, call: HostCall): UserPhrasesState {
  const [user, setUser] = React.useState<UserPhrases>(() => loadUserPhrases(host.userSettings));
  const [storageFull, setStorageFull] = React.useState(false);

  const store = async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    setStorageFull(false);
    const r = await call.run(fn);
    if (r.ok) return r.value;
    if (isStorageFull(r.error)) {
      setStorageFull(true);
      call.clearError();
    }
    return undefined;
  };

  const onFavourite = async (id: string) => {
    const favourites = await store(() => toggleFavourite(host.userSettings, user.favourites, id));
    if (favourites) setUser((u) => ({ ...u, favourites }));
  };

  const markUsed = async (id: string) => {
    const recent = await store(() => pushRecent(host.userSettings, user.recent, id));
    if (recent) setUser((u) => ({ ...u, recent }));
  };

  return { user, setUser, storageFull, store, toggleFavourite: onFavourite, markUsed };
}
