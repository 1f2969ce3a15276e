// A composer's own limit, in Node: Mastodon's max_characters read as data from the page's
// initial state (recent and older layouts), a comment box's number, and a report re-limited
// without the engine's overflow mark. And the UTF-8 count behind the cache's size rule.
import test from 'node:test';
import assert from 'node:assert/strict';
import { limitOf, pageLimit, withLimit } from '../../extension/src/content/limit.js';
import { cacheable, utf8Length } from '../../extension/src/content/text-key.js';

/** A document with `json` as its initial state (or none). */
const page = (json) => ({ querySelector: () => (json === undefined ? null : { textContent: json }) });

test('the server limit is read from the initial state, whatever its layout', () => {
  assert.equal(pageLimit(page(JSON.stringify({ server: { configuration: { statuses: { max_characters: 1000 } } } }))), 1000);
  assert.equal(pageLimit(page(JSON.stringify({ meta: {}, max_toot_chars: 5000 }))), 5000);
  assert.equal(pageLimit(page(JSON.stringify({ meta: { domain: 'x' } }))), null);
  assert.equal(pageLimit(page('{not json')), null);
  assert.equal(pageLimit(page(undefined)), null);
  assert.equal(pageLimit(page(JSON.stringify({ configuration: { statuses: { max_characters: -3 } } }))), null);
});

test('a kind\'s limit: a number, the page\'s, or the platform\'s (null)', () => {
  assert.equal(limitOf({ limit: 1250 }), 1250);
  assert.equal(limitOf({ limit: 'page' }, page(JSON.stringify({ max_characters: 700 }))), 700);
  assert.equal(limitOf({}), null);
});

test('a report under another limit: the meter\'s limit changes, the engine\'s overflow mark goes', () => {
  const result = {
    text: 'x',
    report: {
      length: { used: 600, limit: 500, unit: 'characters' },
      diagnostics: [{ rule: 'platform/too-long', start: 500, end: 600 }, { rule: 'tone/exclamation', start: 1, end: 2 }],
    },
  };
  const re = withLimit(result, 1000);
  assert.equal(re.report.length.limit, 1000);
  assert.deepEqual(re.report.diagnostics.map((d) => d.rule), ['tone/exclamation']);
  assert.equal(withLimit(result, 500), result, 'the same limit leaves the report as it is');
  assert.equal(withLimit(null, 1000), null);
});

test('UTF-8 bytes are counted as the engine counts them, for the interactive limit', () => {
  for (const text of ['abc', 'é', '€', '😀', 'a😀é€', '\ud800']) assert.equal(utf8Length(text), Buffer.byteLength(text), text);
  assert.ok(cacheable('a'.repeat(64 * 1024)));
  assert.ok(!cacheable('é'.repeat(40 * 1024)), '80 KiB of UTF-8');
});
