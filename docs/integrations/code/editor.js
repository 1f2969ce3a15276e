import { CheckClient, attach } from 'brio/editor';

const client = new CheckClient(); // starts the worker, which loads the wasm
await client.configure({ platform: 'linkedin', locale: 'auto' });

// A <textarea> or any contenteditable element: underlines, a card per hint, fixes.
export const editor = attach(document.querySelector('#post'), { client });
