import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { CheckClient } from 'brio/editor';
import { createBrio } from 'brio/prosemirror';
import { mountPanel } from 'brio/panel';

const client = new CheckClient();
await client.configure({ platform: 'linkedin', locale: 'auto' });

export const brio = createBrio({ client });
export const view = new EditorView(document.querySelector('#editor'), {
  state: EditorState.create({
    schema,
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo }), keymap(baseKeymap), brio.plugin],
  }),
});
mountPanel(document.querySelector('#hints'), brio.session);

// Before publishing: { verdict: 'publish' | 'review' | 'block', reasons }, or { verdict:
// 'unavailable', reason } when the post could not be checked: hold it back as for 'block'.
export const gate = () => brio.verdict();
