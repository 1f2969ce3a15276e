import { select } from '@wordpress/data';
import { BLOCKS, renderBlocks } from './block-editor.js';
import { brio, gate } from '../src/gutenberg.js';
import { expose } from './harness.js';

renderBlocks();
expose({
  last: () => brio.session.last,
  text: () => select(BLOCKS).getBlocks().map((b) => b.attributes.content.text).join('\n'),
  painted: () => document.querySelectorAll('#editor mark.brio-mark').length,
  fix: (suggestion) => brio.fix(suggestion),
  gate,
});
