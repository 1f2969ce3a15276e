import { createElement as h, createRoot, useState } from '@wordpress/element';
import { useDispatch, useSelect, select, dispatch } from '@wordpress/data';
import { RichTextData, __unstableUseRichText as useRichText } from '@wordpress/rich-text';
import { BrioSidebar, STORE, registerBrio, withHints, withoutHints } from '../../integrations/gutenberg/index.js';
import { BLOCKS } from './gutenberg-blocks.js';
import { finish, startClient } from './shared.js';

/**
 * A paragraph block's editable, as block-editor's RichText builds it: the hints' format is
 * added to the editable tree only (prepare) and removed before the value is serialised.
 * (Inside WordPress, RichText does this for every format type with
 * __experimentalCreatePrepareEditableTree: the integration needs no such component.)
 */
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
      // As block-editor's RichText does: the store knows where the caret is (Brio reads it).
      selectionChange(clientId, 'content', start, end);
    },
    __unstableIsSelected: true,
    __unstableAddInvisibleFormats: (record) => withHints(record.formats, record.text, marks),
    __unstableBeforeSerialize: withoutHints,
    __unstableDependencies: [marks],
  });
  return h('p', {
    ref,
    className: 'example-block',
    contentEditable: true,
    suppressContentEditableWarning: true,
    role: 'textbox',
    'aria-label': `Paragraph ${clientId}`,
    'data-client-id': clientId,
  });
}

function Editor({ brio }) {
  const blocks = useSelect((s) => s(BLOCKS).getBlocks(), []);
  const { undo, redo } = useDispatch(BLOCKS);
  const onKeyDown = (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      if (e.shiftKey) redo();
      else undo();
    }
  };
  return h(
    'div',
    { className: 'example-gutenberg' },
    h('div', { className: 'example-blocks', id: 'editor', onKeyDown }, blocks.map((b) => h(Paragraph, { key: b.clientId, clientId: b.clientId }))),
    h('aside', { className: 'example-sidebar', id: 'sidebar' }, h(BrioSidebar, { brio })),
  );
}

const client = await startClient();
const brio = registerBrio({ client, blockStore: BLOCKS });
createRoot(document.getElementById('app')).render(h(Editor, { brio }));

finish({
  painted: () => document.querySelectorAll('#editor mark.brio-mark').length,
  brio,
  panel: false,
  saved: () =>
    select(BLOCKS)
      .getBlocks()
      .map((b) => `<!-- wp:paragraph --><p>${b.attributes.content.toHTMLString()}</p><!-- /wp:paragraph -->`)
      .join('\n'),
  text: () => select(BLOCKS).getBlocks().map((b) => b.attributes.content.text).join('\n'),
  undo: () => dispatch(BLOCKS).undo(),
  load: (paragraphs) =>
    dispatch(BLOCKS).resetBlocks(
      paragraphs.map((p, i) => ({ clientId: `b${i}`, name: 'core/paragraph', attributes: { content: RichTextData.fromPlainText(p) } })),
    ),
});
