import tinymce from 'tinymce';
import 'tinymce/models/dom/index.js';
import 'tinymce/themes/silver/index.js';
import 'tinymce/icons/default/index.js';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import { registerBrio } from '../../integrations/tinymce/index.js';
import { finish, paragraphsHtml, startClient } from './shared.js';

const client = await startClient();
registerBrio(tinymce);
const [editor] = await tinymce.init({
  target: document.getElementById('editor'),
  license_key: 'gpl',
  skin_url: 'default',
  content_css: 'default',
  menubar: false,
  promotion: false,
  branding: false,
  height: 260,
  toolbar: 'undo redo | bold italic',
  plugins: 'brio',
  brio: { client },
});

finish({
  painted: () => [...editor.getWin().CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
  editor,
  brio: editor.plugins.brio,
  saved: () => editor.getContent(),
  text: () => editor.getContent({ format: 'text' }),
  undo: () => editor.undoManager.undo(),
  load: (paragraphs) => editor.setContent(paragraphsHtml(paragraphs)),
});
