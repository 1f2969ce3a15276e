// A stand-in for 'core/block-editor' in this example: paragraph blocks whose `content` is
// RichTextData, the same getBlocks/getBlock/getSelectionStart selectors and updateBlockAttributes,
// resetBlocks and selectionChange actions, and an undo history (in WordPress, core/editor's). The full block editor would bring hundreds of
// packages into the example; the Brio integration only talks to these few calls.

import { createReduxStore, register } from '@wordpress/data';
import { RichTextData } from '@wordpress/rich-text';

export const BLOCKS = 'brio-example/blocks';

const initial = {
  blocks: [
    { clientId: 'p1', name: 'core/paragraph', attributes: { content: RichTextData.empty() } },
    { clientId: 'p2', name: 'core/paragraph', attributes: { content: RichTextData.empty() } },
  ],
  past: [],
  future: [],
  // As core/block-editor's: { clientId, attributeKey, offset }, or {} when nothing is selected.
  selectionStart: {},
  selectionEnd: {},
};

export const blocksStore = createReduxStore(BLOCKS, {
  reducer(state = initial, action) {
    switch (action.type) {
      case 'UPDATE_BLOCK_ATTRIBUTES': {
        const blocks = state.blocks.map((b) =>
          b.clientId === action.clientId ? { ...b, attributes: { ...b.attributes, ...action.attributes } } : b,
        );
        return { ...state, blocks, past: [...state.past, state.blocks], future: [] };
      }
      case 'RESET_BLOCKS':
        return { ...state, blocks: action.blocks, past: [], future: [], selectionStart: {}, selectionEnd: {} };
      case 'SELECTION_CHANGE': {
        const { clientId, attributeKey, start, end } = action;
        const same = (p, offset) => p.clientId === clientId && p.attributeKey === attributeKey && p.offset === offset;
        if (same(state.selectionStart, start) && same(state.selectionEnd, end)) return state;
        return {
          ...state,
          selectionStart: { clientId, attributeKey, offset: start },
          selectionEnd: { clientId, attributeKey, offset: end },
        };
      }
      case 'UNDO':
        if (!state.past.length) return state;
        return { ...state, blocks: state.past.at(-1), past: state.past.slice(0, -1), future: [state.blocks, ...state.future] };
      case 'REDO':
        if (!state.future.length) return state;
        return { ...state, blocks: state.future[0], past: [...state.past, state.blocks], future: state.future.slice(1) };
      default:
        return state;
    }
  },
  actions: {
    updateBlockAttributes: (clientId, attributes) => ({ type: 'UPDATE_BLOCK_ATTRIBUTES', clientId, attributes }),
    resetBlocks: (blocks) => ({ type: 'RESET_BLOCKS', blocks }),
    selectionChange: (clientId, attributeKey, start, end) => ({ type: 'SELECTION_CHANGE', clientId, attributeKey, start, end }),
    undo: () => ({ type: 'UNDO' }),
    redo: () => ({ type: 'REDO' }),
  },
  selectors: {
    getBlocks: (state) => state.blocks,
    getBlock: (state, clientId) => state.blocks.find((b) => b.clientId === clientId),
    getSelectionStart: (state) => state.selectionStart,
  },
});

register(blocksStore);
