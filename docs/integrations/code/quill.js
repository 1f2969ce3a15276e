import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { CheckClient } from 'brio/editor';
import { registerBrio } from 'brio/quill';
import { mountPanel } from 'brio/panel';

const client = new CheckClient();
await client.configure({ platform: 'linkedin', locale: 'auto' });

registerBrio(Quill);
export const quill = new Quill('#editor', { theme: 'snow', modules: { brio: { client } } });
export const brio = quill.getModule('brio');
mountPanel(document.querySelector('#hints'), brio.session);

// Before publishing: { verdict: 'publish' | 'review' | 'block', reasons }, or { verdict:
// 'unavailable', reason } when the post could not be checked: hold it back as for 'block'.
export const gate = () => brio.verdict();
