import { quill, brio, gate } from '../src/quill.js';
import { expose } from './harness.js';

expose({
  last: () => brio.session.last,
  text: () => quill.getText().replace(/\n$/, ''),
  painted: () => document.querySelectorAll('.brio-quill-overlay .brio-mark').length,
  fix: (suggestion) => brio.fix(suggestion),
  gate,
});
