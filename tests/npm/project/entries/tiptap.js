import { editor, brio, gate } from '../src/tiptap.js';
import { expose } from './harness.js';

expose({
  last: () => brio.session.last,
  text: () => editor.getText({ blockSeparator: '\n' }),
  painted: () => document.querySelectorAll('.ProseMirror .brio-mark').length,
  fix: (suggestion) => brio.fix(suggestion),
  gate,
});
