// Differential tests: Brio's entity extraction and length counting against the reference npm
// packages, on a few thousand generated posts full of the characters that trip extractors up.
//
// X       vs twitter-text 3.1.0: extractEntitiesWithIndices (hashtags, mentions and lists, URLs,
//         cashtags; overlaps removed as the composer does) and parseTweet().weightedLength.
// Bluesky vs @atproto/api RichText.detectFacetsWithoutResolution() (tags, cashtags, mentions,
//         links; facet offsets are UTF-8 bytes, converted to UTF-16 here) and graphemeLength.
//
// The CLI runs once per platform over every post (in chunks if the argument list gets long), so
// the run stays within a few seconds. Run with `node --test tests/js/` after
// `cargo build --release --bin brio`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { mulberry32 } from '../../bench/stats.js';

const require = createRequire(import.meta.url);
const twttr = require('twitter-text');
const { RichText } = require('@atproto/api');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BRIO = join(ROOT, 'target', 'release', 'brio');
const SEED = Number(process.env.BRIO_DIFF_SEED ?? 20260127);
const POSTS = Number(process.env.BRIO_DIFF_POSTS ?? 2500);
const CHUNK = 400;
// BRIO_DIFF_DUMP=file.jsonl appends every disagreement there, for digging into a category.
const DUMP = process.env.BRIO_DIFF_DUMP;

// Agreement floors, as fractions of posts whose whole list (or length) matches exactly. They are
// set to what the current code measures (see the printed table), rounded down a little so an
// unlucky seed does not flake, and they only go up. A category at 1 must never disagree.
//
// X length has two known gaps, both outside the dialect code (emoji.rs and length.rs), measured at
// 80-82% agreement over all posts (seeds 1, 42, 20260127):
// - twitter-text 3.1.0 finds emoji with an old twemoji-parser regex that does not know some
//   sequences (🧑🏻‍🤝‍🧑🏼, 👁️‍🗨️): it weighs them per code point, Brio as one emoji (2);
// - parseTweet counts every URL twitter-text finds as 23, even one that overlaps a mention
//   (`＠eve.example.com`); Brio's entity list has overlaps removed, so that URL is counted as text.
// `lengthOutsideGaps` is the agreement on the posts that show neither: it must stay near 100%.
// X URLs agree fully with this seed, but other seeds show ~0.1% of posts where a path runs into
// `:(`, `.(` or `,(` and Brio's balanced-parenthesis rule (twitter/url.rs) keeps going where
// twitter-text stops, or drops an upper-case `http://EXAMPLE.COM/…` after `例え.jp/(x),(`.
const THRESHOLDS = {
  x: { hashtags: 1, mentions: 1, urls: 0.995, cashtags: 1, length: 0.78, lengthOutsideGaps: 0.995 },
  bluesky: { hashtags: 1, mentions: 1, urls: 1, cashtags: 1, length: 1 },
};
const X_LENGTH_GAPS = [/🧑🏻‍🤝‍🧑🏼|👁️‍🗨️/u, /[@＠][\w.-]*\.[a-z]/iu];

// ---- a seeded generator of tricky posts ---------------------------------------------------------

function generator(seed) {
  const rnd = mulberry32(seed);
  const int = (n) => Math.floor(rnd() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => rnd() < p;

  const words = [
    'hello', 'launch', 'Brand', 'équipe', 'café', 'naïve', 'Straße', 'déjà', 'ça', 'vous',
    'مرحبا', 'السلام', 'שלום', 'עברית', '日本語', '東京', '中文', 'テスト', '한국어', 'हिन्दी',
    'ไทย', 'Ελλάδα', 'Русский', '123', '2026', 'x', 'a_b', 'e\u0301t\u0301e\u0301', 'n\u0303o',
    'A\u0308\u0323', 'ｆｕｌｌ', 'ﾊﾝｶｸ',
  ];
  const emoji = [
    '😀', '🎉', '🚀', '❤️', '❤', '👍🏽', '👋🏿', '👨‍👩‍👧‍👦', '👩‍💻', '🏳️‍🌈', '🇫🇷', '🇯🇵', '🇺🇸',
    '1️⃣', '#️⃣', '*️⃣', '©️', '™', '☺︎', '🧑🏻‍🤝‍🧑🏼', '🫶', '🦋', '👁️‍🗨️',
  ];
  const tagBodies = [
    () => pick(words.filter((w) => /\p{L}/u.test(w))),
    () => 'Launch' + pick(['Day', 'Week', '2026', '_FR']),
    () => String(int(100000)),
    () => int(100) + pick(['a', 'B', 'é', '日']),
    () => pick(['fête', 'ÉtéIndien', 'über', 'Ελλάδα', 'Москва', 'عربي', 'עברית', '東京', 'ひらがな']),
    () => 'a' + pick(['\u200d', '\u200c']) + 'b',
    () => 'tag' + pick(emoji),
    () => pick(emoji),
    () => pick(['a·b', 'c・d', 'snake_case', '_lead', 'trail_', 'x-y', "it's", 'a.b']),
    () => 'cafe\u0301' + pick(['', '\u0301', '\u20e2']),
    () => 'L'.repeat(60 + int(10)),
    () => 'long' + '🎉'.repeat(60 + int(8)),
    () => '',
  ];
  const trailing = ['', '', '', '.', ',', '!', '?', '!?', ')', '…', ':', ';', '"', "'s", '»'];
  const domains = [
    'example.com', 'bsky.app', 'www.example.org', 'en.wikipedia.org', 'mastodon.social',
    'sub.domain.co.uk', 'example.notatld', 'EXAMPLE.COM', 't.co', 'foo.paris', 'exa-mple.io',
    'xn--ls8h.la', '例え.jp', 'a.b',
  ];
  const paths = [
    '', '/', '/path', '/wiki/Foo_(bar)', '/a/b?x=1&y=2', '/é', '/#frag', '/?q=test.', '/p.html',
    '/(x)', '/tag/#x',
  ];
  const url = () => {
    const scheme = pick(['https://', 'http://', '', '', 'HTTP://', 'ftp://']);
    return scheme + pick(domains) + pick(paths);
  };
  const handles = [
    'alice', 'bob_x', 'carol.bsky.social', 'dan.test', 'eve.example.com', 'Frank', 'g-h.com',
    'user', 'a'.repeat(21), 'émile', '123', 'x.y',
  ];
  const tokens = [
    () => pick(words),
    () => pick(words),
    () => pick(emoji),
    () => pick(emoji) + pick(emoji),
    () => pick(['#', '#', '#', '＃']) + pick(tagBodies)() + pick(trailing),
    () => pick(['@', '@', '＠']) + pick(handles) + (chance(0.2) ? '@' + pick(domains) : '') + pick(trailing),
    () => pick(['$', '$', '＄']) + pick(['AAPL', 'tsla', 'BTC', 'TOOLONG', '1a', 'X', 'GOOG.L']) + pick(trailing),
    () => url() + pick(trailing),
    () => '(' + url() + ')' + pick(trailing),
    () => pick(['mail@example.com', 'a#b', 'a@b', 'x$y', 'c#', '#', '@', '...', '—', '‼', '¿']),
    () => pick(['\u200d', '\u200c', '\u200b', '\ufe0f', '\u0301', '\u202e', '\u2066', '\u00ad']),
  ];
  const separators = [' ', ' ', ' ', ' ', '  ', '\n', '\n\n', ', ', ' (', ') ', '\u00a0', '\u3000', '', '\t', '\u2028'];

  return () => {
    const n = 1 + int(14);
    let post = '';
    for (let i = 0; i < n; i++) {
      if (i > 0) post += pick(separators);
      post += pick(tokens)();
    }
    return post;
  };
}

// ---- running the CLI -----------------------------------------------------------------------------

function runBrio(platform, files) {
  const reports = new Map();
  for (let i = 0; i < files.length; i += CHUNK) {
    const chunk = files.slice(i, i + CHUNK);
    const res = spawnSync(BRIO, ['check', '--platform', platform, '--format', 'json', ...chunk], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    assert.ok(!res.error, `could not run ${BRIO}: ${res.error}`);
    assert.ok(res.status === 0 || res.status === 1, `brio exited ${res.status}: ${res.stderr}`);
    for (const line of res.stdout.split('\n')) {
      if (!line.trim()) continue;
      const report = JSON.parse(line);
      reports.set(report.file, report);
    }
  }
  return reports;
}

// ---- the references ------------------------------------------------------------------------------

const simplify = (text, list) => list.map((e) => ({ text: e.text, start: e.start, end: e.end }));
const span = (text, start, end) => ({ text: text.slice(start, end), start, end });

function xReference(text) {
  const out = { hashtags: [], mentions: [], urls: [], cashtags: [] };
  for (const e of twttr.extractEntitiesWithIndices(text)) {
    const [s, end] = e.indices;
    if (e.hashtag !== undefined) out.hashtags.push(span(text, s, end));
    else if (e.screenName !== undefined) out.mentions.push(span(text, s, end));
    else if (e.url !== undefined) out.urls.push(span(text, s, end));
    else if (e.cashtag !== undefined) out.cashtags.push(span(text, s, end));
  }
  return { entities: out, length: twttr.parseTweet(text).weightedLength };
}

function blueskyReference(text) {
  const out = { hashtags: [], mentions: [], urls: [], cashtags: [] };
  const rt = new RichText({ text });
  rt.detectFacetsWithoutResolution();
  const bytes = Buffer.from(text, 'utf8');
  const utf16 = (byte) => bytes.subarray(0, byte).toString('utf8').length;
  for (const facet of rt.facets ?? []) {
    const s = utf16(facet.index.byteStart);
    const e = utf16(facet.index.byteEnd);
    const entity = span(text, s, e);
    const type = facet.features[0]?.$type ?? '';
    if (type.endsWith('#mention')) out.mentions.push(entity);
    else if (type.endsWith('#link')) out.urls.push(entity);
    else if (type.endsWith('#tag')) (entity.text.startsWith('$') ? out.cashtags : out.hashtags).push(entity);
  }
  return { entities: out, length: rt.graphemeLength };
}

// ---- comparing -----------------------------------------------------------------------------------

const CATEGORIES = ['hashtags', 'mentions', 'urls', 'cashtags', 'length'];

function compare(platform, posts, files, reports, reference) {
  const tally = Object.fromEntries(CATEGORIES.map((c) => [c, { agree: 0, examples: [] }]));
  posts.forEach((text, i) => {
    const report = reports.get(files[i]);
    assert.ok(report, `no report for ${files[i]}`);
    const ref = reference(text);
    for (const c of CATEGORIES) {
      const ours = c === 'length' ? report.length.used : simplify(text, report.entities[c]);
      const theirs = c === 'length' ? ref.length : ref.entities[c];
      if (JSON.stringify(ours) === JSON.stringify(theirs)) {
        tally[c].agree++;
        continue;
      }
      if (tally[c].examples.length < 3) tally[c].examples.push({ text, brio: ours, reference: theirs });
      if (DUMP) appendFileSync(DUMP, JSON.stringify({ platform, category: c, text, brio: ours, reference: theirs }) + '\n');
    }
  });
  if (platform === 'x') {
    // The posts outside the known length gaps (see X_LENGTH_GAPS), and how many agree.
    const outside = posts.map((text, i) => [text, i]).filter(([text]) => !X_LENGTH_GAPS.some((re) => re.test(text)));
    const agreeing = outside.filter(([text, i]) => reports.get(files[i]).length.used === reference(text).length);
    tally.lengthOutsideGaps = { agree: agreeing.length, total: outside.length, examples: [] };
  }
  const rates = {};
  console.log(`\n${platform}: agreement over ${posts.length} posts (seed ${SEED})`);
  for (const [c, { agree, total = posts.length }] of Object.entries(tally)) {
    rates[c] = agree / total;
    console.log(`  ${c.padEnd(17)} ${(rates[c] * 100).toFixed(2).padStart(6)}%  (${total - agree} of ${total} disagree)`);
  }
  for (const c of CATEGORIES) {
    for (const ex of tally[c].examples) {
      console.log(`  disagreement [${c}]: ${JSON.stringify(ex.text)}\n    brio:      ${JSON.stringify(ex.brio)}\n    reference: ${JSON.stringify(ex.reference)}`);
    }
  }
  return rates;
}

// ---- the test ------------------------------------------------------------------------------------

test('entities and lengths agree with twitter-text and @atproto/api', (t) => {
  assert.ok(existsSync(BRIO), `${BRIO} is missing: run \`cargo build --release --bin brio\` first`);
  const next = generator(SEED);
  const posts = Array.from({ length: POSTS }, next);
  const dir = mkdtempSync(join(tmpdir(), 'brio-diff-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const files = posts.map((text, i) => {
    const file = join(dir, `post-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, text);
    return file;
  });

  const results = {
    x: compare('x', posts, files, runBrio('x', files), xReference),
    bluesky: compare('bluesky', posts, files, runBrio('bluesky', files), blueskyReference),
  };
  for (const [platform, rates] of Object.entries(results)) {
    for (const [category, floor] of Object.entries(THRESHOLDS[platform])) {
      assert.ok(
        rates[category] >= floor,
        `${platform} ${category}: ${(rates[category] * 100).toFixed(2)}% agree, below the ${floor * 100}% floor`,
      );
    }
  }
});

test('the generator is deterministic and covers the tricky cases', () => {
  const a = Array.from({ length: 300 }, generator(7));
  const b = Array.from({ length: 300 }, generator(7));
  assert.deepEqual(a, b);
  const all = a.join('\n');
  for (const needle of ['＃', '＠', '\u200d', '\u200c', '🇫🇷', '🏽', '️⃣', '\u0301', 'https://', 'שלום', 'مرحبا', '$']) {
    assert.ok(all.includes(needle), `no post contains ${JSON.stringify(needle)}`);
  }
});
