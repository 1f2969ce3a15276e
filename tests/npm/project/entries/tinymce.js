import { editor, brio, gate } from '../src/tinymce.js';
import { expose, highlighted } from './harness.js';

expose({
  last: () => brio.session.last,
  text: () => editor.getContent({ format: 'text' }),
  painted: () => highlighted(editor.getWin()),
  fix: (suggestion) => brio.fix(suggestion),
  gate,
});
