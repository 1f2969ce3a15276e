import { ClassicEditor, Essentials, Paragraph, Bold, Italic } from 'ckeditor5';
import { Brio } from '../../integrations/ckeditor5/index.js';
import { finish, paragraphsHtml, startClient } from './shared.js';

const client = await startClient();
const editor = await ClassicEditor.create(document.getElementById('editor'), {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic, Brio],
  toolbar: ['undo', 'redo', '|', 'bold', 'italic'],
  brio: { client: () => client },
});
const brio = editor.plugins.get('Brio');

finish({
  painted: () => document.querySelectorAll('.ck-editor__editable .brio-mark').length,
  editor,
  brio,
  saved: () => editor.getData(),
  text: () => [...editor.model.document.getRoot().getChildren()].map((p) => [...p.getChildren()].map((t) => t.data ?? '').join('')).join('\n'),
  undo: () => editor.execute('undo'),
  load: (paragraphs) => editor.setData(paragraphsHtml(paragraphs)),
});
