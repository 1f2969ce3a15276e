import { $createParagraphNode, $createTextNode, $getRoot, createEditor, UNDO_COMMAND } from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerBrio } from '../../integrations/lexical/index.js';
import { finish, startClient } from './shared.js';

const client = await startClient();
const editor = createEditor({ namespace: 'brio-example', onError: (e) => console.error(e) });
editor.setRootElement(document.getElementById('editor'));
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
const brio = registerBrio(editor, { client });

finish({
  painted: () => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
  editor,
  brio,
  saved: () => JSON.stringify(editor.getEditorState().toJSON()),
  text: () => editor.getEditorState().read(() => $getRoot().getTextContent()).replace(/\n\n/g, '\n'),
  undo: () => editor.dispatchCommand(UNDO_COMMAND, undefined),
  load: (paragraphs) =>
    editor.update(() => {
      const root = $getRoot().clear();
      for (const p of paragraphs) root.append($createParagraphNode().append($createTextNode(p)));
    }),
});
