// Brio for Gutenberg: checks the post's text blocks as one post, paints hints through the
// 'brio/hint' format type (editor-only, never saved), lists them with the verdict in the
// 'brio/hints' store for the sidebar, and applies a fix as one updateBlockAttributes on the
// block: one undo level in the editor's history.
//
// `blockStore` is the store holding the blocks: 'core/block-editor' in WordPress, or any store
// with the same getBlocks() selector and updateBlockAttributes() action. The caret is the
// store's getSelectionStart() ({ clientId, offset }), as core/block-editor has it: with a
// store without that selector, or a caret in a nested block (the map holds top-level blocks),
// it is unknown and a large post is checked whole.

import { dispatch, select, subscribe } from '@wordpress/data';
import { RichTextData, create, insert, toHTMLString } from '@wordpress/rich-text';
import { createSession, sessionApi } from '../core/session.js';
import { registerBrioFormat } from './format.js';
import { STORE, registerStore } from './store.js';
import { blocksToText, marksByBlock, toBlockRange } from './mapping.js';
import { adoptHintStyles } from '../core/styles.js';

const toText = (html) => create({ html }).text;
// The actions of a store known by its name only (@wordpress/data types those as unknown).
const act = (name) => /** @type {any} */ (dispatch(name));

/**
 * A block's content as a rich-text record, whichever form the attribute has.
 * @returns {any}
 */
function recordOf(content) {
  if (content && typeof content === 'object' && typeof content.text === 'string') {
    return { text: content.text, formats: content.formats, replacements: content.replacements };
  }
  return create({ html: String(content ?? '') });
}

/**
 * @param {{
 *   client: import('../../www/src/editor/types.js').Checks,
 *   blockStore?: string,
 *   checkOptions?: () => import('../../www/src/editor/types.js').CheckOptions,
 *   delay?: number,
 * }} options
 * @returns {import('../../www/src/editor/types.js').BrioApi & { unregister(): void }}
 */
export function registerBrio({ blockStore = 'core/block-editor', ...options }) {
  registerStore();
  registerBrioFormat();
  adoptHintStyles(document);
  const blocks = () => select(blockStore).getBlocks();
  const read = () => blocksToText(blocks(), toText);
  const session = createSession({
    ...options,
    read,
    caret(map) {
      const start = select(blockStore).getSelectionStart?.();
      if (!start?.clientId) return -1;
      // A whole block selected (an image) has no offset: its start.
      return map.fromEditor(start.clientId, start.offset ?? 0);
    },
    paint(marks, map) {
      act(STORE).setMarks(marksByBlock(map, marks));
    },
    replace(map, start, end, replacement) {
      const r = toBlockRange(map, start, end);
      if (!r) return; // a hint across blocks has no single-block fix: refused by the check after
      const block = select(blockStore).getBlock?.(r.clientId) ?? blocks().find((b) => b.clientId === r.clientId);
      const content = block.attributes.content;
      const next = /** @type {any} */ (insert(recordOf(content), replacement, r.start, r.end));
      const value = typeof content === 'string' ? toHTMLString({ value: next }) : new RichTextData(next);
      act(blockStore).updateBlockAttributes(r.clientId, { content: value });
    },
    onUpdate: (state) => act(STORE).setReport(state),
  });
  const selection = () => select(blockStore).getSelectionStart?.();
  let seen = blocks();
  let seenSelection = selection();
  const unsubscribe = subscribe(() => {
    const now = blocks();
    if (now !== seen) {
      seen = now;
      session.changed();
    }
    const at = selection();
    if (at !== seenSelection) {
      seenSelection = at;
      session.selectionChanged();
    }
  }, blockStore);
  session.changed();
  return sessionApi(session, {
    unregister() {
      unsubscribe();
      session.destroy();
    },
  });
}

export { BrioSidebar } from './sidebar.js';
export { FORMAT, withHints, withoutHints } from './format.js';
export { STORE } from './store.js';
