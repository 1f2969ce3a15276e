// A stand-in for WordPress's block editor, so that the docs' Gutenberg code runs as it is: a
// 'core/block-editor' store with two paragraph blocks (the getBlocks / getBlock /
// getSelectionStart selectors and the updateBlockAttributes / selectionChange / undo actions
// that Brio uses), and paragraphs edited through @wordpress/rich-text as block-editor's
// RichText edits them, painting the format types' hints and stripping them before saving.
// The real block editor brings several hundred packages; Brio talks to these calls only.
import { createElement as h, createRoot, useState } from '@wordpress/element';
import { createReduxStore, register, useDispatch, useSelect } from '@wordpress/data';
import { RichTextData, __unstableUseRichText as useRichText } from '@wordpress/rich-text';
import { STORE, withHints, withoutHints } from 'brio/gutenberg';

export const BLOCKS = 'core/block-editor';

const initial = {
  blocks: ['p1', 'p2'].map((clientId) => ({ clientId, name: 'core/paragraph', attributes: { content: RichTextData.empty() } })),
  past: [],
  selectionStart: {},
};

register(
  createReduxStore(BLOCKS, {
    reducer(state = initial, action) {
      switch (action.type) {
        case 'UPDATE_BLOCK_ATTRIBUTES': {
          const blocks = state.blocks.map((b) =>
            b.clientId === action.clientId ? { ...b, attributes: { ...b.attributes, ...action.attributes } } : b,
          );
          return { ...state, blocks, past: [...state.past, state.blocks] };
        }
        case 'SELECTION_CHANGE': {
          const { clientId, start } = action;
          if (state.selectionStart.clientId === clientId && state.selectionStart.offset === start) return state;
          return { ...state, selectionStart: { clientId, attributeKey: 'content', offset: start } };
        }
        case 'UNDO':
          return state.past.length ? { ...state, blocks: state.past.at(-1), past: state.past.slice(0, -1) } : state;
        default:
          return state;
      }
    },
    actions: {
      updateBlockAttributes: (clientId, attributes) => ({ type: 'UPDATE_BLOCK_ATTRIBUTES', clientId, attributes }),
      selectionChange: (clientId, attributeKey, start) => ({ type: 'SELECTION_CHANGE', clientId, start }),
      undo: () => ({ type: 'UNDO' }),
    },
    selectors: {
      getBlocks: (state) => state.blocks,
      getBlock: (state, clientId) => state.blocks.find((b) => b.clientId === clientId),
      getSelectionStart: (state) => state.selectionStart,
    },
  }),
);

function Paragraph({ clientId }) {
  const content = useSelect((s) => s(BLOCKS).getBlock(clientId).attributes.content, [clientId]);
  const marks = useSelect((s) => s(STORE).getMarks(clientId), [clientId]);
  const { updateBlockAttributes, selectionChange } = useDispatch(BLOCKS);
  const [sel, setSel] = useState({});
  const { ref } = useRichText({
    value: content,
    onChange: (value) => updateBlockAttributes(clientId, { content: value }),
    selectionStart: sel.start,
    selectionEnd: sel.end,
    onSelectionChange: (start, end) => {
      setSel({ start, end });
      selectionChange(clientId, 'content', start, end);
    },
    __unstableIsSelected: true,
    __unstableAddInvisibleFormats: (record) => withHints(record.formats, record.text, marks),
    __unstableBeforeSerialize: withoutHints,
    __unstableDependencies: [marks],
  });
  return h('p', { ref, contentEditable: true, suppressContentEditableWarning: true, role: 'textbox', 'data-client-id': clientId });
}

function Blocks() {
  const blocks = useSelect((s) => s(BLOCKS).getBlocks(), []);
  const { undo } = useDispatch(BLOCKS);
  const onKeyDown = (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      undo();
    }
  };
  return h('div', { id: 'editor', onKeyDown }, blocks.map((b) => h(Paragraph, { key: b.clientId, clientId: b.clientId })));
}

/** Renders the blocks into #app (after Brio registered its store, which the paragraphs read). */
export function renderBlocks() {
  createRoot(document.querySelector('#app')).render(h(Blocks));
}
