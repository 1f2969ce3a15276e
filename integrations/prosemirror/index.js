// Brio for ProseMirror: a plugin whose state is a DecorationSet of hints. Decorations live in
// the view only, so they never reach the document, its JSON or its HTML; ProseMirror maps
// them through every edit, so hints follow typing until the next report. A fix is one
// transaction (tr.insertText), so one undo step: closeHistory keeps it out of the typing
// group before it. The caret is the selection's head, a document position.

import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { closeHistory } from 'prosemirror-history';
import { createSession, sessionApi } from '../core/session.js';
import { adoptHintStyles, hintClasses } from '../core/styles.js';
import { docToText, toDocRange } from './mapping.js';

export const brioKey = new PluginKey('brio');

/**
 * @param {import('../../www/src/editor/types.js').PluginOptions} options
 * @returns the plugin, and the plugin's API (usable once a view holds the plugin)
 */
export function createBrio(options) {
  let view = null;
  const session = createSession({
    ...options,
    follows: true,
    read: () => docToText(view.state.doc),
    caret: (map) => map.fromPosition(view.state.selection.head),
    paint(marks, map) {
      const decorations = [];
      for (const mark of marks) {
        const r = toDocRange(map, mark.start, mark.end);
        if (!r || r.to <= r.from) continue;
        decorations.push(
          Decoration.inline(r.from, r.to, { class: hintClasses(mark).join(' '), 'data-brio-index': String(mark.index) }),
        );
      }
      view.dispatch(view.state.tr.setMeta(brioKey, DecorationSet.create(view.state.doc, decorations)));
    },
    replace(map, start, end, replacement) {
      const r = toDocRange(map, start, end);
      let tr = closeHistory(view.state.tr);
      tr = replacement === '' ? tr.delete(r.from, r.to) : tr.insertText(replacement, r.from, r.to);
      view.dispatch(tr.scrollIntoView());
    },
  });

  const plugin = new Plugin({
    key: brioKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const next = tr.getMeta(brioKey);
        return next ?? set.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations: (state) => brioKey.getState(state),
    },
    view(editorView) {
      view = editorView;
      adoptHintStyles(editorView.dom.ownerDocument);
      session.changed();
      return {
        update(v, prev) {
          if (!prev.doc.eq(v.state.doc)) session.changed();
          if (!prev.selection.eq(v.state.selection)) session.selectionChanged();
        },
        destroy() {
          session.destroy();
          view = null;
        },
      };
    },
  });

  return sessionApi(session, { plugin });
}
