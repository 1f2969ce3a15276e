import { ClassicEditor, Essentials, Paragraph, Bold, Italic } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { CheckClient } from 'brio/editor';
import { Brio } from 'brio/ckeditor5';
import { mountPanel } from 'brio/panel';

const client = new CheckClient();
await client.configure({ platform: 'linkedin', locale: 'auto' });

export const editor = await ClassicEditor.create(document.querySelector('#editor'), {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic, Brio],
  toolbar: ['undo', 'redo', '|', 'bold', 'italic'],
  brio: { client: () => client }, // a function: CKEditor deep-clones configuration objects
});
export const brio = editor.plugins.get('Brio');
mountPanel(document.querySelector('#hints'), brio.session);

// Before publishing: { verdict: 'publish' | 'review' | 'block', reasons }, or { verdict:
// 'unavailable', reason } when the post could not be checked: hold it back as for 'block'.
export const gate = () => brio.verdict();
