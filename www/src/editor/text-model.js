// The text of a contenteditable as the checker sees it, and the way back from UTF-16 offsets in
// that text to DOM positions. Text nodes contribute their data; a <br> and the boundary between
// two blocks contribute "\n", as innerText would, so that sentences do not run together. Rich
// editors (Quill, Lexical, ProseMirror, Draft.js) wrap every line in a block and keep a
// placeholder <br> at the end of a block so that an empty line has a height: such a <br> is not a
// line break, and the end of the last block adds nothing, so "a" reads "a" and not "a\n" (the
// length meters count what the writer sees).

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DIV', 'DL', 'DD', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TR', 'UL',
]);

const isBlock = (node) => node.nodeType === Node.ELEMENT_NODE && BLOCKS.has(node.tagName);

/** Whether `br` is the last thing its block renders: a placeholder, not a line break. */
function placeholderBr(br, root) {
  for (let node = br; node && node !== root && !isBlock(node); node = node.parentNode) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE ? next.data.length > 0 : next.nodeType === Node.ELEMENT_NODE) return false;
    }
  }
  return true;
}

/**
 * Reads `root`: { text, segments, root } where each segment maps a text node to [start, end) in
 * text. With `point` (a DOM place: node and offset, as a selection gives), also `at`: the offset
 * in text of that place, -1 when it is not inside `root`. A place between nodes (an empty
 * paragraph, the end of a block) is where the text read so far ends, so it has an offset too.
 * @param {Element} root
 * @param {{ node: Node, offset: number }} [point]
 */
export function readText(root, point) {
  let text = '';
  const segments = [];
  let at = -1;
  let seen = false; // something (text, a line, a block) came before: a new block starts a line
  let pending = false; // a block ended: what comes next starts on a new line
  const breakLine = () => {
    if (pending) text += '\n';
    pending = false;
  };
  const walk = (node) => {
    let index = 0;
    for (let child = node.firstChild; child; child = child.nextSibling, index++) {
      if (point && point.node === node && point.offset === index && at < 0) at = text.length;
      if (child.nodeType === Node.TEXT_NODE) {
        // In a text node that starts a line, after the line break still pending.
        if (point && point.node === child && at < 0) at = text.length + (pending ? 1 : 0) + Math.min(point.offset, child.data.length);
        if (!child.data.length) continue;
        breakLine();
        segments.push({ node: child, start: text.length, end: text.length + child.data.length });
        text += child.data;
        seen = true;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.tagName === 'BR') {
          if (placeholderBr(child, root)) continue;
          breakLine();
          text += '\n';
          seen = true;
          continue;
        }
        const block = BLOCKS.has(child.tagName);
        if (block && seen && (pending || !text.endsWith('\n'))) {
          pending = true;
          breakLine();
        }
        walk(child);
        if (block) {
          pending = true;
          seen = true;
        }
      }
    }
    if (point && point.node === node && at < 0 && point.offset >= index) at = text.length;
  };
  walk(root);
  return { text, segments, root, at: Math.min(at, text.length) };
}

/** The DOM position of UTF-16 offset `offset` (a boundary between segments goes to the earlier). */
export function domPosition(model, offset) {
  const { segments } = model;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return { node: s.node, offset: offset - s.start };
  }
  // In a newline between segments: the start of the next text node, else the end of the last.
  const next = segments[lo];
  if (next) return { node: next.node, offset: 0 };
  const last = segments[segments.length - 1];
  return last ? { node: last.node, offset: last.node.data.length } : null;
}

/**
 * The offset in the model's text of a DOM place (node, offset): in a text node, or between
 * nodes (an empty paragraph, a block boundary: where the text before it ends). -1 when the
 * place is not in the model's root.
 */
export function textOffset(model, node, offset) {
  if (node.nodeType === Node.TEXT_NODE) {
    for (const s of model.segments) if (s.node === node) return s.start + Math.min(offset, s.end - s.start);
  }
  if (!model.root || !model.root.contains(node)) return -1;
  return readText(model.root, { node, offset }).at;
}

/** A live DOM Range for [start, end), or null when the text model has no such place. */
export function domRange(model, start, end) {
  const a = domPosition(model, start);
  const b = domPosition(model, end);
  if (!a || !b) return null;
  const range = new Range();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
