// jsdom setup for UI tests.
import { TextEncoder, TextDecoder } from "util";

Object.assign(globalThis, { TextEncoder, TextDecoder });
// React renders in jsdom (and a fresh import of the whole pane) are slow on a loaded 2-core machine: a
// margin against false timeouts. Set here because jest reads testTimeout from the global config only,
// not from a project's.
jest.setTimeout(20000);
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
