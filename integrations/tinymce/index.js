// Brio for TinyMCE, as a plugin: register it, then `plugins: 'brio', brio: { client }`; its
// API is `editor.plugins.brio`. Hints are CSS Custom Highlights in the editor's iframe
// document: nothing is added to the content, so getContent() never sees them. A fix is a
// DOM edit inside editor.undoManager.transact: one undo level, and TinyMCE's own change
// events fire as for any edit. The caret is the start of editor.selection.getRng(), mapped
// from its DOM place.

import { createSession, unavailable } from '../core/session.js';
import { HighlightPainter } from '../core/highlight-painter.js';
import { bodyToText, offsetOf, toDomRange } from './mapping.js';

/** Registers the plugin with `tinymce` (the global or the imported module). */
export function registerBrio(tinymce) {
  tinymce.PluginManager.add('brio', (editor) => {
    editor.options.register('brio', { processor: 'object', default: {} });
    let session = null;
    let painter = null;
    const api = {
      fix: (s) => session?.fix(s) ?? { ok: false, reason: 'The editor is not ready.' },
      // Before the editor's init there is no session: not checked, never `publish`.
      verdict: async () => session?.verdict() ?? unavailable('The editor is not ready.'),
      hints: () => session?.hints() ?? [],
      check: async () => session?.check() ?? null,
      get session() {
        return session;
      },
    };
    editor.on('init', () => {
      painter = new HighlightPainter(editor.getWin());
      const doc = editor.getDoc();
      session = createSession({
        ...editor.options.get('brio'),
        read: () => bodyToText(editor.getBody()),
        caret(map) {
          const range = editor.selection.getRng();
          // A selection outside the body (TinyMCE parks none there, but a script could): unknown.
          if (!range || !editor.getBody().contains(range.startContainer)) return -1;
          return offsetOf(map, range.startContainer, range.startOffset);
        },
        paint(marks, map) {
          const ranges = [];
          for (const mark of marks) {
            const range = toDomRange(doc, map, mark.start, mark.end);
            if (range && !range.collapsed) ranges.push({ ...mark, range });
          }
          painter.paint(ranges);
        },
        replace(map, start, end, replacement) {
          const range = toDomRange(doc, map, start, end);
          editor.undoManager.transact(() => {
            range.deleteContents();
            if (replacement) {
              const text = doc.createTextNode(replacement);
              range.insertNode(text);
              editor.selection.setCursorLocation(text, replacement.length);
            }
          });
          editor.nodeChanged();
        },
      });
      editor.on('input SetContent Undo Redo change', () => session.changed());
      editor.on('SelectionChange', () => session.selectionChanged());
      session.changed();
    });
    editor.on('remove', () => {
      session?.destroy();
      painter?.clear();
    });
    return api;
  });
}
