/**
 * A KeyValueStore over a Storage-like object (window.localStorage, or a Map in tests). Used for the user's
 * settings by both hosts: Word has no per-user roaming settings for task-pane add-ins (roamingSettings exist
 * only in Outlook), so the Word adapter keeps them in the add-in origin's localStorage, per user and machine.
 * Values are JSON; a store may carry a size limit (UTF-16 code units over its keys and values), and the
 * browser's QuotaExceededError becomes HostError("storageFull"). Nothing is lost: a failed set leaves the
 * previous value in place.
 */
import { HostError, type KeyValueStore } from "./host";

/** The part of the Web Storage API we use. `key`/`length` let a store measure its usage. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key?(index: number): string | null;
  readonly length?: number;
}

/** True for the errors browsers throw when localStorage is full. */
function isQuotaError(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return (
    name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014
  );
}

/** Length of a stored string, -1 when absent. */
function textLength(value: string | null): number {
  return value === null ? -1 : value.length;
}

export class StorageStore implements KeyValueStore {
  constructor(
    private readonly storage: StorageLike,
    private readonly prefix = "lianzheng:",
    /** Maximum size in UTF-16 code units of this store's keys and values; undefined: the storage's own limit. */
    private readonly limit?: number,
  ) {}

  get<T>(key: string): T | undefined {
    let raw: string | null;
    try {
      raw = this.storage.getItem(this.prefix + key);
    } catch {
      return undefined;
    }
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: unknown): Promise<void> {
    const json = JSON.stringify(value);
    if (json === undefined) return this.remove(key);
    const full = this.prefix + key;
    if (this.limit !== undefined) {
      const usage = this.usage() - this.entrySize(full);
      if (usage + full.length + json.length > this.limit) {
        throw new HostError(
          "storageFull",
          `Storage limit of ${this.limit} characters reached while saving "${key}"`,
        );
      }
    }
    try {
      this.storage.setItem(full, json);
    } catch (e) {
      if (isQuotaError(e)) throw new HostError("storageFull", `Storage is full while saving "${key}"`, e);
      throw new HostError("unknown", e instanceof Error ? e.message : String(e), e);
    }
  }

  async remove(key: string): Promise<void> {
    try {
      this.storage.removeItem(this.prefix + key);
    } catch (e) {
      throw new HostError("unknown", e instanceof Error ? e.message : String(e), e);
    }
  }

  private entrySize(fullKey: string): number {
    const size = textLength(this.storage.getItem(fullKey));
    return size < 0 ? 0 : fullKey.length + size;
  }

  /** Code units used by this store's keys and values (0 when the storage cannot enumerate its keys). */
  usage(): number {
    const { storage } = this;
    if (typeof storage.key !== "function" || typeof storage.length !== "number") return 0;
    let total = 0;
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k === null || !k.startsWith(this.prefix)) continue;
      total += k.length + Math.max(0, textLength(storage.getItem(k)));
    }
    return total;
  }
}

/**
 * An in-memory Storage (for tests and as a fallback when localStorage is unavailable). With `quota`
 * (UTF-16 code units over all keys and values) it throws a QuotaExceededError like a browser.
 */
export function mapStorage(
  quota?: number,
): StorageLike & { readonly length: number; key(index: number): string | null } {
  const map = new Map<string, string>();
  const size = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      if (quota !== undefined) {
        const old = map.get(key);
        const next = size() - (old === undefined ? 0 : key.length + old.length) + key.length + value.length;
        if (next > quota) {
          const err = new Error("The quota has been exceeded.");
          err.name = "QuotaExceededError";
          throw err;
        }
      }
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}
