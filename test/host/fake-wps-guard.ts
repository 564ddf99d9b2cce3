/**
 * The strict Proxy every object of the fake WPS goes through (test/host/fake-wps.ts): only the listed members
 * exist, only the writable ones take writes, every read, write and call is counted. Test code only; no
 * node-only imports (the fake also runs in a browser bundle, for the e2e).
 */

export interface FakeWpsStats {
  /** Property reads (methods included: reading a method is how it is called). */
  gets: number;
  sets: number;
}

export class FakeWpsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FakeWpsError";
  }
}

export function guard(
  owner: { stats: FakeWpsStats },
  type: string,
  members: readonly string[],
  writable: readonly string[],
  target: object,
): unknown {
  const allowed = new Set(members);
  const canWrite = new Set(writable);
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
      if (!allowed.has(prop)) throw new FakeWpsError(`${type}.${prop} is not in the WPS object model`);
      owner.stats.gets++;
      return Reflect.get(t, prop, receiver) as unknown;
    },
    set(t, prop, value, receiver) {
      if (typeof prop === "symbol" || !canWrite.has(prop))
        throw new FakeWpsError(`${type}.${String(prop)} is read-only or not in the WPS object model`);
      owner.stats.sets++;
      return Reflect.set(t, prop, value, receiver);
    },
  });
}
