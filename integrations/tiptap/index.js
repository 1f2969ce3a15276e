// Brio for Tiptap: the ProseMirror plugin (../prosemirror) as a Tiptap extension. Its API is
// on `editor.storage.brio`: fix(suggestion), verdict(), hints(), check().

import { Extension } from '@tiptap/core';
import { createBrio } from '../prosemirror/index.js';

export const Brio = Extension.create({
  name: 'brio',

  addOptions() {
    return { client: null, checkOptions: () => ({}), delay: 250, onUpdate: undefined };
  },

  addStorage() {
    return { api: null };
  },

  addProseMirrorPlugins() {
    const api = createBrio(this.options);
    // The storage is the documented place for an extension's runtime API.
    Object.assign(this.storage, { api, fix: api.fix, verdict: api.verdict, hints: api.hints, check: api.check, session: api.session });
    return [api.plugin];
  },
});
