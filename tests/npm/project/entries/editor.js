import { editor } from '../src/editor.js';
import { expose, highlighted } from './harness.js';

const post = document.querySelector('#post');
const textarea = post instanceof HTMLTextAreaElement;
expose({
  last: () => editor.last,
  text: () => (textarea ? post.value : post.innerText.replace(/\n$/, '')),
  // A textarea's hints are marks in the mirror overlay; a contenteditable's, highlights.
  painted: () => (textarea ? document.querySelector('[data-brio-overlay]').shadowRoot.querySelectorAll('mark').length : highlighted()),
  fix: (suggestion) => editor.applyFix(suggestion),
});
