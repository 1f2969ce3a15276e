import tinymce from 'tinymce';
import 'tinymce/models/dom/index.js';
import 'tinymce/themes/silver/index.js';
import 'tinymce/icons/default/index.js';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import { CheckClient } from 'brio/editor';
import { registerBrio } from 'brio/tinymce';
import { mountPanel } from 'brio/panel';

const client = new CheckClient();
await client.configure({ platform: 'linkedin', locale: 'auto' });

registerBrio(tinymce);
export const [editor] = await tinymce.init({
  target: document.querySelector('#editor'),
  license_key: 'gpl',
  skin_url: 'default', // the skin bundled by the imports above
  content_css: 'default',
  plugins: 'brio',
  brio: { client },
});
export const brio = editor.plugins.brio;
mountPanel(document.querySelector('#hints'), brio.session);

// Before publishing: { verdict: 'publish' | 'review' | 'block', reasons }, or { verdict:
// 'unavailable', reason } when the post could not be checked: hold it back as for 'block'.
export const gate = () => brio.verdict();
