import { createElement, createRoot } from '@wordpress/element';
import { CheckClient } from 'brio/editor';
import { registerBrio, BrioSidebar } from 'brio/gutenberg';

const client = new CheckClient();
await client.configure({ platform: 'linkedin', locale: 'auto' });

// Reads and fixes the blocks of the 'core/block-editor' store (option `blockStore`).
export const brio = registerBrio({ client });
createRoot(document.querySelector('#sidebar')).render(createElement(BrioSidebar, { brio }));

// Before publishing: { verdict: 'publish' | 'review' | 'block', reasons }, or { verdict:
// 'unavailable', reason } when the post could not be checked: hold it back as for 'block'.
export const gate = () => brio.verdict();
