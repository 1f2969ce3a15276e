import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Brio } from '../../integrations/tiptap/index.js';
import { finish, paragraphsHtml, startClient } from './shared.js';

const client = await startClient();
const editor = new Editor({
  element: document.getElementById('editor'),
  extensions: [StarterKit, Brio.configure({ client })],
  // Tiptap's base CSS is injected as a <style>; a strict CSP forbids it, and the page has its own.
  injectCSS: false,
});

finish({
  painted: () => document.querySelectorAll('.ProseMirror .brio-mark').length,
  editor,
  brio: editor.storage.brio,
  saved: () => JSON.stringify(editor.getJSON()) + editor.getHTML(),
  text: () => editor.getText({ blockSeparator: '\n' }),
  undo: () => editor.commands.undo(),
  load: (paragraphs) => editor.commands.setContent(paragraphsHtml(paragraphs)),
});
