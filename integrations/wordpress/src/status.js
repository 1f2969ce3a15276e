// What keeps Brio from checking, as the editor's panels show it: the brand profile was refused
// when the checker was configured, or the checker (the worker running the wasm) failed. Kept
// apart from the hints so that an empty hint list is never taken for a clean post.

export const SETTINGS_HINT = 'An administrator can correct it in Settings → Brio.';

export function createStatus() {
  let state = { profile: null, checker: null };
  const listeners = new Set();
  return {
    get: () => state,
    /** @param {{ profile?: string | null, checker?: string | null }} patch */
    set(patch) {
      state = { ...state, ...patch };
      for (const fn of listeners) fn(state);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    /** Why checking cannot work now, as a sentence with what to do; null when it can. */
    problem() {
      if (state.profile) return `The brand profile is invalid: ${state.profile}. ${SETTINGS_HINT}`;
      if (state.checker) return `Brio's checker stopped: ${state.checker}. It restarts on the next check; if this persists, reload the editor.`;
      return null;
    },
  };
}
