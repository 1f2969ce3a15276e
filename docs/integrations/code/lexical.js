import { createEditor } from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { CheckClient } from 'brio/editor';
import { registerBrio } from 'brio/lexical';
import { mountPanel } from 'brio/panel';

const client = new CheckClient();
await client.configure({ platform: 'linkedin', locale: 'auto' });

export const editor = createEditor({ namespace: 'post', onError: (error) => console.error(error) });
editor.setRootElement(document.querySelector('#editor'));
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
export const brio = registerBrio(editor, { client }); // brio.unregister() when the editor goes
mountPanel(document.querySelector('#hints'), brio.session);

// Before publishing: { verdict: 'publish' | 'review' | 'block', reasons }, or { verdict:
// 'unavailable', reason } when the post could not be checked: hold it back as for 'block'.
export const gate = () => brio.verdict();
