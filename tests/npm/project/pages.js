// The pages of the fresh project: each runs one file of docs/integrations/code/ (copied to src/)
// through an entry of entries/ that hands the test its editor. Read by both bundlers' configs
// and by the test, which writes the HTML (pageHtml) for each bundler.

/** name -> { entry: the module in entries/, body: the page's markup } */
export const PAGES = {
  'editor-textarea': { entry: 'editor', body: '<textarea id="post" rows="6" cols="60" aria-label="Post"></textarea>' },
  'editor-contenteditable': {
    entry: 'editor',
    body: '<div id="post" contenteditable="true" role="textbox" aria-label="Post" style="min-height:6em;border:1px solid #999"></div>',
  },
  ckeditor5: { entry: 'ckeditor5', body: '<div id="editor"></div><aside id="hints"></aside>' },
  tinymce: { entry: 'tinymce', body: '<textarea id="editor"></textarea><aside id="hints"></aside>' },
  tiptap: { entry: 'tiptap', body: '<div id="editor"></div><aside id="hints"></aside>' },
  prosemirror: { entry: 'prosemirror', body: '<div id="editor"></div><aside id="hints"></aside>' },
  quill: { entry: 'quill', body: '<div id="editor"></div><aside id="hints"></aside>' },
  lexical: {
    entry: 'lexical',
    body: '<div id="editor" contenteditable="true" role="textbox" aria-label="Post" style="min-height:6em"></div><aside id="hints"></aside>',
  },
  gutenberg: { entry: 'gutenberg', body: '<div id="app"></div><aside id="sidebar"></aside>' },
};

/** The entries, once each (two pages share the editor layer's). */
export const ENTRIES = [...new Set(Object.values(PAGES).map((p) => p.entry))];

/** A page's HTML, loading `script` (Vite: the entry's source; webpack: the bundle). */
export function pageHtml(name, script) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">${script}</head>
<body>
${PAGES[name].body}
</body>
</html>
`;
}
