import { $getRoot } from 'lexical';
import { editor, brio, gate } from '../src/lexical.js';
import { expose, highlighted } from './harness.js';

expose({
  last: () => brio.session.last,
  text: () => editor.getEditorState().read(() => $getRoot().getTextContent()).replace(/\n\n/g, '\n'),
  painted: () => highlighted(),
  fix: (suggestion) => brio.fix(suggestion),
  gate,
});
