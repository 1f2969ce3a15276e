// The position mapping of every plugin, without a browser: editor document -> the plain text
// Brio checks, and text offsets -> editor positions. Block separators read "\n", hard breaks
// "\n", embeds U+FFFC; a range starting or ending on a block boundary stays inside its block.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Schema } from 'prosemirror-model';
import { createEditor, $getRoot, $createParagraphNode, $createTextNode, $createLineBreakNode, $createPoint } from 'lexical';
import { OBJECT, TextMap } from '../../integrations/core/text-map.js';
import { docToText, toDocRange } from '../../integrations/prosemirror/mapping.js';
import { deltaToText, toQuillRange } from '../../integrations/quill/mapping.js';
import { $offsetOf, $readText, toPoints } from '../../integrations/lexical/mapping.js';
import { modelToText, toModelPlaces } from '../../integrations/ckeditor5/mapping.js';
import { blocksToText, marksByBlock, toBlockRange } from '../../integrations/gutenberg/mapping.js';

test('TextMap: offsets inside segments, and gaps resolved by side', () => {
  const map = new TextMap().add('Hello', 'p1', 0).gap('\n').add('world', 'p2', 3);
  assert.equal(map.text, 'Hello\nworld');
  assert.deepEqual(map.toEditor(1, 'start'), { base: 'p1', offset: 1 });
  // The end of the first block, as a range end and as a range start.
  assert.deepEqual(map.toEditor(5, 'end'), { base: 'p1', offset: 5 });
  assert.deepEqual(map.toEditor(5, 'start'), { base: 'p2', offset: 3 });
  assert.deepEqual(map.toEditor(6, 'start'), { base: 'p2', offset: 3 });
  assert.deepEqual(map.toEditor(6, 'end'), { base: 'p1', offset: 5 });
  assert.deepEqual(map.toEditor(11, 'end'), { base: 'p2', offset: 8 });
  assert.deepEqual(map.toEditor(11, 'start'), { base: 'p2', offset: 8 });
  assert.equal(map.fromEditor('p2', 4), 7);
  assert.equal(new TextMap().toEditor(0), null);
});

test('TextMap: adjacent segments (formatting runs) hand over at their boundary', () => {
  const map = new TextMap().add('bold', 'a', 0).add(' plain', 'b', 0);
  assert.deepEqual(map.toEditor(4, 'start'), { base: 'b', offset: 0 });
  assert.deepEqual(map.toEditor(4, 'end'), { base: 'a', offset: 4 });
});

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*' },
    rule: { group: 'block' },
    text: { group: 'inline' },
    hard_break: { group: 'inline', inline: true },
    image: { group: 'inline', inline: true, attrs: { src: { default: '' } } },
  },
  marks: { strong: {} },
});

test('ProseMirror: blocks, hard breaks, inline images and leaf blocks', () => {
  const { paragraph: p, rule, hard_break: br, image } = schema.nodes;
  const t = (s, marks) => schema.text(s, marks);
  const doc = schema.nodes.doc.create(null, [
    p.create(null, [t('We are '), t('thrilled', [schema.marks.strong.create()]), t('!!!')]),
    rule.create(),
    p.create(null, [t('a'), br.create(), t('b'), image.create(), t('c')]),
    p.create(),
    p.create(null, [t('end')]),
  ]);
  const map = docToText(doc);
  assert.equal(map.text, `We are thrilled!!!\n${OBJECT}\na\nb${OBJECT}c\n\nend`);
  // Every mapped character is the document's character at the mapped position.
  for (let i = 0; i < map.text.length; i++) {
    const ch = map.text[i];
    if (ch === '\n' && !map.segments.some((s) => i >= s.start && i < s.end)) continue;
    const { from } = toDocRange(map, i, i + 1);
    const node = doc.nodeAt(from);
    const expected = node.isText ? doc.textBetween(from, from + 1) : node.type.name === 'hard_break' ? '\n' : OBJECT;
    assert.equal(expected, ch, `offset ${i}`);
  }
  // "!!!" -> positions 16..19 (the paragraph opens at 0, its text at 1).
  assert.deepEqual(toDocRange(map, 15, 18), { from: 16, to: 19 });
  assert.equal(doc.textBetween(16, 19), '!!!');
  // A range over a block boundary keeps both ends in text.
  const lastLine = map.text.lastIndexOf('end');
  const r = toDocRange(map, lastLine - 1, lastLine + 3);
  assert.equal(doc.textBetween(r.from, r.to), 'end');
});

test('Quill: the Delta index is the text offset; embeds are U+FFFC; the last newline goes', () => {
  const ops = [
    { insert: 'We are thrilled' },
    { insert: '!!!', attributes: { bold: true } },
    { insert: '\n' },
    { insert: { image: 'x.png' } },
    { insert: 'next\n' },
  ];
  const map = deltaToText(ops);
  assert.equal(map.text, `We are thrilled!!!\n${OBJECT}next`);
  assert.deepEqual(toQuillRange(map, 15, 18), { index: 15, length: 3 });
  assert.deepEqual(toQuillRange(map, 20, 24), { index: 20, length: 4 });
  assert.equal(deltaToText([{ insert: '\n' }]).text, '');
});

test('Lexical: text node keys and offsets; line breaks and blocks read "\\n"', () => {
  const editor = createEditor({ namespace: 't', onError: (e) => { throw e; } });
  let keys;
  editor.update(
    () => {
      const a = $createTextNode('We are thrilled');
      const b = $createTextNode('!!!').toggleFormat('bold');
      const c = $createTextNode('second');
      const d = $createTextNode('line');
      const p1 = $createParagraphNode().append(a, b);
      const p2 = $createParagraphNode().append(c, $createLineBreakNode(), d);
      $getRoot().clear().append(p1, p2);
      keys = [a, b, c, d].map((n) => n.getKey());
    },
    { discrete: true },
  );
  const map = editor.getEditorState().read(() => $readText());
  assert.equal(map.text, 'We are thrilled!!!\nsecond\nline');
  assert.deepEqual(toPoints(map, 15, 18), { anchor: { key: keys[1], offset: 0 }, focus: { key: keys[1], offset: 3 } });
  // Across the line break: from "second" into "line".
  assert.deepEqual(toPoints(map, 19, 30), { anchor: { key: keys[2], offset: 0 }, focus: { key: keys[3], offset: 4 } });
});

/** A stand-in for CKEditor 5's model: elements with names, text nodes with data. */
function el(name, children = []) {
  const node = { name, is: (type) => type === 'element', getChildren: () => children };
  let offset = 0;
  for (const c of children) {
    c.startOffset = offset;
    offset += c.data?.length ?? 1;
  }
  return node;
}
const txt = (data) => ({ data, is: (type) => type === '$text' || type === '$textProxy' });

test('CKEditor 5: (parent, offset) places; soft breaks, inline and block objects', () => {
  const p1 = el('paragraph', [txt('We are thrilled'), txt('!!!')]);
  const p2 = el('paragraph', [txt('a'), el('softBreak'), txt('b'), el('imageInline'), txt('c')]);
  const quote = el('blockQuote', [el('paragraph', [txt('quoted')])]);
  const root = el('$root', [p1, el('imageBlock'), p2, quote]);
  const schema = {
    isBlock: (e) => ['paragraph', 'imageBlock', 'blockQuote'].includes(e.name),
    isObject: (e) => ['imageBlock', 'imageInline'].includes(e.name),
  };
  const map = modelToText(root, schema);
  assert.equal(map.text, `We are thrilled!!!\n${OBJECT}\na\nb${OBJECT}c\nquoted`);
  assert.deepEqual(toModelPlaces(map, 15, 18), { start: [p1, 15], end: [p1, 18] });
  const at = map.text.indexOf('c\n');
  assert.deepEqual(toModelPlaces(map, at, at + 1), { start: [p2, 4], end: [p2, 5] });
  const q = map.text.indexOf('quoted');
  assert.equal(toModelPlaces(map, q, q + 6).start[1], 0);
});

test('Gutenberg: blocks by clientId, rich-text text as is, non-text blocks as U+FFFC', () => {
  const blocks = [
    { clientId: 'a', attributes: { content: { text: 'We are thrilled!!!' } } },
    { clientId: 'img', attributes: {} },
    { clientId: 'b', attributes: { content: '<em>Second</em> block' } },
  ];
  const map = blocksToText(blocks, (html) => html.replace(/<[^>]*>/g, ''));
  assert.equal(map.text, `We are thrilled!!!\n${OBJECT}\nSecond block`);
  assert.deepEqual(toBlockRange(map, 15, 18), { clientId: 'a', start: 15, end: 18 });
  assert.equal(toBlockRange(map, 10, 25), null, 'a range across blocks has no single block');
  const s = map.text.indexOf('block');
  assert.deepEqual(marksByBlock(map, [{ start: s, end: s + 5, severity: 'hint', index: 0 }]), {
    b: [{ start: 7, end: 12, severity: 'hint', index: 0 }],
  });
});

// The caret, the other way: an editor place -> its offset in the text (the `caret` check option).

test('caret: TextMap anchors give empty blocks an offset; fromPosition finds the next text', () => {
  const map = new TextMap().add('Hello', 'p1', 0).gap('\n').anchor('p2', 0).gap('\n').add('world', 'p3', 0);
  assert.equal(map.text, 'Hello\n\nworld');
  assert.equal(map.fromEditor('p2', 0), 6);
  assert.equal(map.fromEditor('p2', 1), -1);
  assert.equal(map.toEditor(6, 'start').base, 'p3', 'anchors never take part in ranges');
  const numeric = new TextMap().add('ab', null, 1).gap('\n').add('cd', null, 7);
  assert.equal(numeric.fromPosition(0), 0, 'before the first text');
  assert.equal(numeric.fromPosition(2), 1);
  assert.equal(numeric.fromPosition(3), 2, 'the end of a text');
  assert.equal(numeric.fromPosition(5), 3, 'between blocks: the next text');
  assert.equal(numeric.fromPosition(9), 5);
  assert.equal(numeric.fromPosition(20), 5, 'past the end');
  assert.equal(new TextMap().fromPosition(3), -1);
});

test('caret: ProseMirror positions, also in an empty paragraph', () => {
  const { paragraph: p } = schema.nodes;
  const doc = schema.nodes.doc.create(null, [
    p.create(null, [schema.text('one')]),
    p.create(),
    p.create(null, [schema.text('two')]),
  ]);
  const map = docToText(doc);
  assert.equal(map.text, 'one\n\ntwo');
  assert.equal(map.fromPosition(3), 2, 'inside "one"');
  assert.equal(map.fromPosition(6), 5, 'the empty paragraph: the start of the next text');
  assert.equal(map.fromPosition(9), 6, 'inside "two"');
});

test('caret: Lexical text points, element points and empty paragraphs', () => {
  const editor = createEditor({ namespace: 't', onError: (e) => { throw e; } });
  let keys;
  editor.update(
    () => {
      const a = $createTextNode('first');
      const p1 = $createParagraphNode().append(a);
      const empty = $createParagraphNode();
      const p3 = $createParagraphNode().append($createTextNode('third'));
      $getRoot().clear().append(p1, empty, p3);
      keys = { a: a.getKey(), p1: p1.getKey(), empty: empty.getKey() };
    },
    { discrete: true },
  );
  editor.getEditorState().read(() => {
    const map = $readText();
    assert.equal(map.text, 'first\n\nthird');
    assert.equal($offsetOf(map, $createPoint(keys.a, 3, 'text')), 3);
    assert.equal($offsetOf(map, $createPoint(keys.p1, 1, 'element')), 5, 'after the text node: its end');
    assert.equal($offsetOf(map, $createPoint(keys.p1, 0, 'element')), 0);
    assert.equal($offsetOf(map, $createPoint(keys.empty, 0, 'element')), 6, 'the empty paragraph');
  });
});

test('caret: CKEditor 5 places, also in an empty paragraph', () => {
  const p1 = el('paragraph', [txt('one')]);
  const empty = el('paragraph');
  const p3 = el('paragraph', [txt('two')]);
  const map = modelToText(el('$root', [p1, empty, p3]), { isBlock: () => true, isObject: () => false });
  assert.equal(map.fromEditor(p1, 2), 2);
  assert.equal(map.fromEditor(empty, 0), 4);
  assert.equal(map.fromEditor(p3, 3), 8);
});

test('caret: Gutenberg selection starts (clientId, offset), also on an image block', () => {
  const map = blocksToText(
    [
      { clientId: 'a', attributes: { content: { text: 'one' } } },
      { clientId: 'img', attributes: {} },
      { clientId: 'b', attributes: { content: { text: '' } } },
    ],
    (html) => html,
  );
  assert.equal(map.text, `one\n${OBJECT}\n`);
  assert.equal(map.fromEditor('a', 2), 2);
  assert.equal(map.fromEditor('img', 0), 4);
  assert.equal(map.fromEditor('b', 0), 6);
});
