/**
 * Document settings of the WPS host: document variables (Document.Variables), saved with the document like
 * Word's add-in settings; one variable per key, named "lianzheng:" + key, holding JSON.
 */
import { HostError, type KeyValueStore } from "../host";
import type { WpsDocumentApi, WpsVariableApi } from "./api";

/** A document variable holds at most 65,280 characters in Word's object model; WPS follows it. */
export const VARIABLE_LIMIT = 65_280;
const PREFIX = "lianzheng:";

export class VariablesStore implements KeyValueStore {
  constructor(private readonly doc: () => WpsDocumentApi) {}

  private find(name: string): WpsVariableApi | undefined {
    const vars = this.doc().Variables;
    const count = vars.Count;
    for (let i = 1; i <= count; i++) {
      const v = vars.Item(i);
      if (v.Name === name) return v;
    }
    return undefined;
  }

  get<T>(key: string): T | undefined {
    let raw: string | undefined;
    try {
      raw = this.find(PREFIX + key)?.Value;
    } catch {
      return undefined;
    }
    if (raw === undefined) return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: unknown): Promise<void> {
    const json = JSON.stringify(value);
    if (json === undefined) return this.remove(key);
    if (json.length > VARIABLE_LIMIT)
      throw new HostError("storageFull", `The value of "${key}" is longer than a document variable holds`);
    const doc = this.doc();
    if (doc.ReadOnly) throw new HostError("readOnly", "The document is read-only");
    try {
      const existing = this.find(PREFIX + key);
      if (existing) existing.Value = json;
      else doc.Variables.Add(PREFIX + key, json);
    } catch (e) {
      throw new HostError("api", e instanceof Error ? e.message : String(e), e);
    }
  }

  async remove(key: string): Promise<void> {
    try {
      this.find(PREFIX + key)?.Delete();
    } catch (e) {
      throw new HostError("api", e instanceof Error ? e.message : String(e), e);
    }
  }
}
