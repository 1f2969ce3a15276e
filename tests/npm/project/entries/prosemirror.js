import { view, brio, gate } from '../src/prosemirror.js';
import { expose } from './harness.js';

expose({
  last: () => brio.session.last,
  text: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
  painted: () => document.querySelectorAll('.ProseMirror .brio-mark').length,
  fix: (suggestion) => brio.fix(suggestion),
  gate,
});
