// The extension's options and storage, and the storage as a key of Tiptap's Storage (the way
// Tiptap's own extensions declare theirs), so that TypeScript knows `editor.storage.brio`.
import type { Plugin } from 'prosemirror-state';
import type { BrioApi, CheckOptions, Checks, SessionState } from '../../www/src/editor/types.js';

export interface BrioOptions {
  /** The checks' client (a CheckClient). */
  client: Checks | null;
  /** Read at each check: history, reference, contentWarning. */
  checkOptions: () => CheckOptions;
  /** Milliseconds of quiet before a check. */
  delay: number;
  onUpdate?: (state: SessionState) => void;
}

/** `editor.storage.brio`: the plugin's API, once the editor is created. */
export type BrioStorage = BrioApi & { api: (BrioApi & { plugin: Plugin }) | null };

declare module '@tiptap/core' {
  interface Storage {
    brio: BrioStorage;
  }
}
