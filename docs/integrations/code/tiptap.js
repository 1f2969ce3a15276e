import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { CheckClient } from 'brio/editor';
import { Brio } from 'brio/tiptap';
import { mountPanel } from 'brio/panel';

const client = new CheckClient();
await client.configure({ platform: 'linkedin', locale: 'auto' });

export const editor = new Editor({
  element: document.querySelector('#editor'),
  extensions: [StarterKit, Brio.configure({ client })],
});
export const brio = editor.storage.brio;
mountPanel(document.querySelector('#hints'), brio.session);

// Before publishing: { verdict: 'publish' | 'review' | 'block', reasons }, or { verdict:
// 'unavailable', reason } when the post could not be checked: hold it back as for 'block'.
export const gate = () => brio.verdict();
