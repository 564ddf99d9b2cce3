/** The document's settings (Office.context.document.settings) and the user's storage. Part of the Word adapter. */
import { HostError, type KeyValueStore } from "./host";
import { mapStorage, type StorageLike } from "./word-storage";

const DOCUMENT_SETTINGS_LIMIT = 2_000_000;

/** Office.context.document.settings as a KeyValueStore (saved into the document with saveAsync). */
export class DocumentSettingsStore implements KeyValueStore {
  get<T>(key: string): T | undefined {
    const v: unknown = Office.context.document.settings.get(key);
    return v === null || v === undefined ? undefined : (v as T);
  }

  async set(key: string, value: unknown): Promise<void> {
    const json = JSON.stringify(value);
    if (json !== undefined && json.length > DOCUMENT_SETTINGS_LIMIT) {
      throw new HostError("storageFull", `The value of "${key}" is larger than the document settings allow`);
    }
    const settings = Office.context.document.settings;
    const previous: unknown = settings.get(key);
    settings.set(key, value);
    await this.save(() => {
      if (previous === null || previous === undefined) settings.remove(key);
      else settings.set(key, previous);
    });
  }

  async remove(key: string): Promise<void> {
    const settings = Office.context.document.settings;
    const previous: unknown = settings.get(key);
    settings.remove(key);
    await this.save(() => {
      if (previous !== null && previous !== undefined) settings.set(key, previous);
    });
  }

  private save(rollback: () => void): Promise<void> {
    return new Promise((resolve, reject) => {
      Office.context.document.settings.saveAsync((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) return resolve();
        rollback();
        const message = result.error?.message ?? "saveAsync failed";
        const full = /size|limit|quota|exceed/i.test(message);
        reject(new HostError(full ? "storageFull" : "api", message, result.error));
      });
    });
  }
}

export function defaultUserStorage(): StorageLike {
  try {
    const ls = globalThis.localStorage;
    if (ls) return ls;
  } catch {
    // localStorage may be blocked (privacy settings): fall back to memory for this session.
  }
  return mapStorage();
}
