// Brio for Lexical: registerBrio(editor, { client }) -> API, like Lexical's own register*
// functions. Hints are CSS Custom Highlights over the DOM Lexical renders, found from node
// keys with editor.getElementByKey: no node, no format, nothing in the editor state. A fix is
// one editor.update tagged history-push, so it is its own undo step. The caret is the focus of
// $getSelection() when it is a range selection; a node selection (a decorator) has none: -1.

import { $createRangeSelection, $getSelection, $isRangeSelection, $setSelection, HISTORY_PUSH_TAG } from 'lexical';
import { createSession, sessionApi } from '../core/session.js';
import { HighlightPainter } from '../core/highlight-painter.js';
import { $offsetOf, $readText, toPoints } from './mapping.js';

/** The DOM text node Lexical renders for text node `key` (inside its span or format tags). */
function domText(editor, key) {
  const element = editor.getElementByKey(key);
  if (!element) return null;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode();
}

/**
 * @param {import('lexical').LexicalEditor} editor
 * @param {import('../../www/src/editor/types.js').PluginOptions} options
 */
export function registerBrio(editor, options) {
  const painter = new HighlightPainter(window);
  const read = () => editor.getEditorState().read(() => $readText());
  const session = createSession({
    ...options,
    read,
    caret: (map) =>
      editor.getEditorState().read(() => {
        const selection = $getSelection();
        return $isRangeSelection(selection) ? $offsetOf(map, selection.focus) : -1;
      }),
    paint(marks, map) {
      const ranges = [];
      for (const mark of marks) {
        const p = toPoints(map, mark.start, mark.end);
        const a = p && domText(editor, p.anchor.key);
        const b = p && domText(editor, p.focus.key);
        if (!a || !b) continue;
        try {
          const range = new Range();
          range.setStart(a, p.anchor.offset);
          range.setEnd(b, p.focus.offset);
          ranges.push({ ...mark, range });
        } catch {
          // The DOM is behind the state (mid-composition): the next update repaints.
        }
      }
      painter.paint(ranges);
    },
    replace(map, start, end, replacement) {
      const p = toPoints(map, start, end);
      editor.update(
        () => {
          const selection = $createRangeSelection();
          selection.anchor.set(p.anchor.key, p.anchor.offset, 'text');
          selection.focus.set(p.focus.key, p.focus.offset, 'text');
          $setSelection(selection);
          if (replacement === '') selection.removeText();
          else selection.insertText(replacement);
        },
        { discrete: true, tag: HISTORY_PUSH_TAG },
      );
    },
  });
  // After reconciliation, so the DOM the highlights point into is the new one. Any update may
  // have moved the selection; selectionChanged is free unless only part of a large text was checked.
  const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    if (dirtyElements.size || dirtyLeaves.size) session.changed();
    session.selectionChanged();
  });
  session.changed();
  return sessionApi(session, {
    unregister() {
      unregister();
      session.destroy();
      painter.clear();
    },
  });
}
