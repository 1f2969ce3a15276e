import Quill from 'quill';
import { registerBrio } from '../../integrations/quill/index.js';
import { finish, startClient } from './shared.js';

const client = await startClient();
registerBrio(Quill);
const quill = new Quill('#editor', {
  theme: 'snow',
  modules: { toolbar: [['bold', 'italic']], brio: { client } },
});

finish({
  painted: () => document.querySelectorAll('.brio-quill-overlay .brio-mark').length,
  editor: quill,
  brio: quill.getModule('brio'),
  saved: () => JSON.stringify(quill.getContents()) + quill.getSemanticHTML(),
  text: () => quill.getText().replace(/\n$/, ''),
  undo: () => quill.history.undo(),
  load: (paragraphs) => quill.setText(`${paragraphs.join('\n')}\n`),
});
