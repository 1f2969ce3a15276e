// Brio for Tiptap: the ProseMirror plugin (../prosemirror) as a Tiptap extension. Its API is
// on `editor.storage.brio`: fix(suggestion), verdict(), hints(), check().

import { Extension } from '@tiptap/core';
import { createBrio } from '../prosemirror/index.js';

/** @typedef {import('./storage.js').BrioOptions} BrioOptions */
/** `editor.storage.brio` (storage.d.ts adds it to Tiptap's Storage). @typedef {import('./storage.js').BrioStorage} BrioStorage */

export const Brio = Extension.create({
  name: 'brio',

  /** @returns {BrioOptions} */
  addOptions() {
    return { client: null, checkOptions: () => ({}), delay: 250, onUpdate: undefined };
  },

  /** @returns {BrioStorage} */
  addStorage() {
    // The API's functions are added once the editor builds the plugin (below).
    return /** @type {BrioStorage} */ ({ api: null });
  },

  addProseMirrorPlugins() {
    const api = createBrio(this.options);
    // The storage is the documented place for an extension's runtime API.
    Object.assign(this.storage, { api, fix: api.fix, verdict: api.verdict, hints: api.hints, check: api.check, session: api.session });
    return [api.plugin];
  },
});
