import { editor, brio, gate } from '../src/ckeditor5.js';
import { expose } from './harness.js';

expose({
  last: () => brio.session.last,
  text: () => [...editor.model.document.getRoot().getChildren()].map((p) => [...p.getChildren()].map((t) => t.data ?? '').join('')).join('\n'),
  painted: () => document.querySelectorAll('.ck-editor__editable .brio-mark').length,
  fix: (suggestion) => brio.fix(suggestion),
  gate,
});
