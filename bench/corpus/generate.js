// The bench corpus: posts that look like the world, in French and English, on every platform,
// grouped in classes (tweet, caption, linkedin-3000, tag-wall, many-findings, links-mentions,
// emoji-lists, long-sentences, tags-0/tags-30 pairs, facebook-63k, doc-100k, reference).
//
// Generated, deterministically from a seed, out of hand-written building blocks (en.txt, fr.txt:
// sentences per theme, calls to action, findings-heavy sentences, long sentences, tags, emoji),
// plus the four hand-written posts of bench/posts as the `reference` class. Nothing is random at
// run time: the same seed gives the same corpus, byte for byte, on every machine.
//
//   node bench/corpus/generate.js                # one line per class: posts, characters, tags
//   node bench/corpus/generate.js --out DIR      # also writes each post to DIR/<id>.txt
//   node bench/corpus/generate.js --json         # the whole corpus as JSON
//   node bench/corpus/generate.js --seed 7       # another corpus of the same shape
//   node bench/corpus/generate.js --class tags-30 --posts FILE  # a class's posts in one file,
//                                                # for `make profile CASE=file:FILE` (callgrind)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../stats.js';

/** The seed of the corpus that `make bench` measures. */
export const DEFAULT_SEED = 19;

/** Platform limits in UTF-16 units, with a margin where the platform counts otherwise
 * (X weighs URLs and emoji, Bluesky counts graphemes): the generator keeps each post inside. */
const FITS = { x: 250, bluesky: 280, threads: 480, mastodon: 480, instagram: 2200, linkedin: 3000, facebook: 63206 };

// --- Building blocks --------------------------------------------------------------------------

/**
 * Reads a blocks file (en.txt, fr.txt): `=== theme ID` / `=== pool ID` open a block, `key: a | b`
 * sets slot values (split on ` | `, or on spaces for `tags`-like keys whose values start with `#`),
 * `--- NAME` opens a list of lines, `//` lines are comments.
 */
export function parseBlocks(source) {
  const blocks = { theme: {}, pool: {} };
  let block = null;
  let list = null;
  for (const [index, raw] of source.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) continue;
    const open = /^=== (theme|pool) (\S+)$/.exec(line);
    if (open) {
      block = { values: {}, lists: {} };
      blocks[open[1]][open[2]] = block;
      list = null;
      continue;
    }
    if (!block) throw new Error(`line ${index + 1}: text before the first block`);
    const listOpen = /^--- (\S+)$/.exec(line);
    if (listOpen) {
      list = block.lists[listOpen[1]] = [];
      continue;
    }
    if (list) {
      list.push(line);
      continue;
    }
    const kv = /^([a-z]+): (.+)$/.exec(line);
    if (!kv) throw new Error(`line ${index + 1}: expected \`key: values\`, found ${JSON.stringify(line)}`);
    const value = kv[2];
    block.values[kv[1]] = value.startsWith('#') ? value.split(/\s+/) : value.split(' | ').map((v) => v.trim());
  }
  return blocks;
}

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
let cachedBlocks = null;
function loadBlocks() {
  cachedBlocks ??= {
    en: parseBlocks(readFileSync(here('en.txt'), 'utf8')),
    fr: parseBlocks(readFileSync(here('fr.txt'), 'utf8')),
  };
  return cachedBlocks;
}

// --- Seeded randomness ------------------------------------------------------------------------

function rngFrom(seed) {
  const next = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const shuffle = (list) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return { next, int, pick, chance, shuffle };
}

// --- Sentences ----------------------------------------------------------------------------------

/**
 * A writer of one post: a language, a theme, a platform and the random stream. `fill` replaces
 * the slots of a template: numbers, then the theme's values, then the common pools'.
 */
class Writer {
  constructor(lang, themeId, platform, rng) {
    this.lang = lang;
    this.blocks = loadBlocks()[lang];
    this.themeId = themeId;
    this.theme = this.blocks.theme[themeId];
    this.platform = platform;
    this.rng = rng;
    this.used = new Map();
  }

  pool(id, list = 'lines') {
    const block = this.blocks.pool[id];
    const lines = block?.lists[list];
    if (!lines) throw new Error(`${this.lang}: no pool ${id}/${list}`);
    return lines;
  }

  values(name) {
    const common = this.blocks.pool.common.values;
    if (name === 'mention') {
      if (this.platform === 'mastodon') return common.fediverse;
      if (this.platform === 'bluesky') return common.bluesky;
    }
    if (name === 'url') return common.web;
    return this.theme.values[name] ?? common[name] ?? this.blocks.pool.tags.values[name];
  }

  /** A number-like slot's value, or undefined. */
  number(name) {
    const { rng } = this;
    if (name === 'n') return String(rng.int(2, 40));
    if (name === 'n2') return String(rng.int(120, 2400));
    if (name === 'date') return String(rng.int(2, 28));
    if (name === 'pct') return this.lang === 'fr' ? `${rng.int(3, 40)}\u00a0%` : `${rng.int(3, 40)}%`;
    return undefined;
  }

  /**
   * Fills the slots of `template`. `{place}` twice in one template is the same place; `{place2}`
   * (`{mention3}`...) is another one. URLs are filled in their own right, months in lower case.
   */
  fill(template, memo = new Map()) {
    return template.replace(/\{([a-z]+)(\d?)\}/g, (whole, name, nth) => {
      const key = name + nth;
      if (memo.has(key)) return memo.get(key);
      let value = this.number(name + nth) ?? this.number(name);
      if (value === undefined) {
        const values = this.values(name);
        if (!values) throw new Error(`${this.lang}/${this.themeId}: no value for ${whole}`);
        const taken = new Set([...memo].filter(([k]) => k.replace(/\d$/, '') === name).map(([, v]) => v));
        const choices = values.filter((v) => !taken.has(v));
        value = this.rng.pick(choices.length > 0 ? choices : values);
        if (name === 'url' || name === 'bare') {
          value = this.fill(value, new Map([['month', this.rng.pick(this.values('month')).toLowerCase()]]));
        }
      }
      memo.set(key, value);
      return value;
    });
  }

  /** One line of `lines`, not yet used in this post while some are left. */
  draw(lines) {
    const used = this.used.get(lines) ?? new Set();
    if (used.size >= lines.length) used.clear();
    const fresh = lines.filter((line) => !used.has(line));
    const line = this.rng.pick(fresh);
    used.add(line);
    this.used.set(lines, used);
    return line;
  }

  lines(pool) {
    return pool === 'plain' ? this.theme.lists.plain : this.pool(pool);
  }

  sentence(pool = 'plain') {
    return this.fill(this.draw(this.lines(pool)));
  }

  /** `count` distinct sentences of a pool, not yet used in this post while some are left. */
  sentences(count, pool = 'plain') {
    return Array.from({ length: count }, () => this.sentence(pool));
  }

  paragraph(min = 2, max = 4) {
    return this.sentences(this.rng.int(min, max)).join(' ');
  }

  /** A list under an intro line: the theme's list items and its short sentences, none twice in
   * a post while some are left. */
  list(bulletStyle) {
    this.listItems ??= [...this.theme.lists.list, ...this.theme.lists.plain.filter((l) => l.length < 110).map((l) => l.replace(/\.$/, ''))];
    const items = Array.from({ length: this.rng.int(3, 6) }, () => this.draw(this.listItems));
    const bullets = this.blocks.pool.emoji.values.bullets;
    const style = bulletStyle ?? this.rng.pick(['emoji', 'number', 'dash']);
    const bullet = style === 'emoji' ? this.rng.pick(bullets) : null;
    const lines = items.map((item, i) => {
      const text = this.fill(item);
      if (style === 'number') return `${i + 1}. ${text}`;
      if (style === 'dash') return `- ${text}`;
      return `${bullet} ${text}`;
    });
    return `${this.sentence('listintro')}\n${lines.join('\n')}`;
  }

  emojiRun() {
    return this.rng.pick(this.blocks.pool.emoji.values.runs);
  }

  /** `count` tags drawn from the kinds asked for (generic, runtogether, mixed, accented,
   * campaign, specific), each kind in turn so that a wall mixes them; no tag twice. */
  tags(count, kinds = ['generic', 'runtogether', 'mixed', 'accented', 'campaign', 'specific']) {
    const pools = kinds.map((kind) =>
      this.rng.shuffle(kind === 'specific' ? this.theme.values.tags : this.blocks.pool.tags.values[kind]),
    );
    const out = [];
    const seen = new Set();
    for (let round = 0; out.length < count && round < 100; round++) {
      const pool = pools[round % pools.length];
      const tag = pool.shift();
      if (tag && !seen.has(tag.toLowerCase())) {
        seen.add(tag.toLowerCase());
        out.push(tag);
      }
    }
    return out;
  }
}

// --- Posts --------------------------------------------------------------------------------------

const THEMES = { en: ['rail', 'software', 'foodbank', 'council', 'lab', 'bakery'], fr: ['tram', 'logiciel', 'banque', 'mairie', 'labo', 'boulangerie'] };

/**
 * Adds parts from `next()` (paragraphs, lists...) to `head` until the text reaches `min` UTF-16
 * units, skipping any part that would take it past `max - reserve`; `tail` ends the post.
 */
function grow(head, next, { min, max, reserve = 0, tail = [] }) {
  const parts = [...head];
  const length = () => parts.join('\n\n').length;
  let misses = 0;
  while (length() < min - reserve && misses < 60) {
    const part = next();
    if (length() + 2 + part.length <= max - reserve) parts.push(part);
    else misses++;
  }
  return [...parts, ...tail].filter((p) => p !== '').join('\n\n');
}

/** Tries `make` until its text fits the platform (rare retries on the short platforms). */
function fitting(platform, make) {
  for (let i = 0; i < 50; i++) {
    const text = make();
    if (text.length <= FITS[platform]) return text;
  }
  throw new Error(`no ${platform} post fits in ${FITS[platform]} units after 50 tries`);
}

function tweet(w) {
  return fitting(w.platform, () => {
    const { rng } = w;
    const short = w.theme.lists.plain.filter((l) => l.length < 150);
    const parts = [w.fill(w.draw(short))];
    if (rng.chance(0.3)) parts.push(w.fill(w.draw(short)));
    if (rng.chance(0.2)) parts.unshift(w.sentence('hooks'));
    if (rng.chance(0.3)) parts.push(w.emojiRun());
    if (rng.chance(0.3)) parts.push(w.fill('{mention}'));
    if (rng.chance(0.5)) parts.push(w.fill('{url}'));
    if (rng.chance(0.5)) parts.push(w.tags(rng.int(1, 2), ['specific', 'generic', 'campaign']).join(' '));
    return parts.join(' ');
  });
}

function caption(w) {
  const { rng } = w;
  const insta = w.platform === 'instagram';
  const tail = [];
  if (rng.chance(0.5)) tail.push(w.sentence('questions'));
  tail.push(insta ? (w.lang === 'fr' ? 'Lien en bio.' : 'Link in bio.') : w.sentence('ctas'));
  if (insta || rng.chance(0.4)) tail.push(w.tags(rng.int(2, 4), ['specific', 'generic', 'runtogether']).join(' '));
  const head = [`${w.sentence('hooks')} ${w.emojiRun()}`];
  return grow(head, () => w.paragraph(1, 3), { min: rng.int(300, 1100), max: 1400, reserve: tail.join('\n\n').length + 2, tail });
}

/** A LinkedIn post near 3,000 characters in the style of bench/posts: a story with a list, a
 * long sentence, a finding or two, thanks and a call to action. */
function linkedin3000(w, { min = 2700, max = 3000, tags = w.rng.int(0, 4), findings = w.rng.int(1, 3) } = {}) {
  const { rng } = w;
  const tail = [w.sentence('thanks'), w.sentence('ctas')];
  if (rng.chance(0.5)) tail.splice(1, 0, w.sentence('questions'));
  if (tags > 0) tail.push(w.tags(tags, ['specific', 'generic', 'mixed', 'campaign']).join(' '));
  const extras = rng.shuffle([w.list(), w.sentence('long'), ...w.sentences(findings, 'findings')]);
  const head = [w.sentence('hooks')];
  return grow(head, () => extras.shift() ?? w.paragraph(2, 4), { min, max, reserve: tail.join('\n\n').length + 2, tail });
}

function tagWall(w) {
  const { rng } = w;
  const count = { x: rng.int(5, 8), bluesky: rng.int(5, 8), threads: rng.int(5, 14), mastodon: rng.int(5, 14), instagram: rng.int(12, 30), linkedin: rng.int(5, 30), facebook: rng.int(5, 20) }[w.platform];
  const tags = w.tags(count);
  // As people lay them out: one line, one per line, or behind Instagram's dotted spacer.
  const layout = rng.pick(w.platform === 'instagram' ? ['line', 'dots', 'lines'] : ['line', 'line', 'lines']);
  const wall = layout === 'lines' ? tags.join('\n') : layout === 'dots' ? `.\n.\n.\n${tags.join(' ')}` : tags.join(' ');
  const room = FITS[w.platform] - wall.length - 2;
  if (w.platform === 'linkedin') return `${linkedin3000(w, { min: room - 300, max: room, tags: 0 })}\n\n${wall}`;
  if (w.platform === 'instagram' || w.platform === 'facebook') {
    const body = grow([`${w.sentence('hooks')} ${w.emojiRun()}`], () => w.paragraph(1, 3), { min: Math.min(room, rng.int(400, 1400)), max: Math.min(room, 1600) });
    return `${body}\n\n${wall}`;
  }
  return fitting(w.platform, () => {
    const short = w.theme.lists.plain.filter((l) => l.length < 140);
    return `${w.fill(w.draw(short))}${rng.chance(0.4) ? ` ${w.emojiRun()}` : ''}\n\n${w.tags(count).join(' ')}`;
  });
}

/** Press-release prose: findings in most sentences, exclamations, emoji, generic tags. */
function manyFindings(w) {
  const { rng } = w;
  const tail = [w.sentence('findings'), w.sentence('ctas'), w.tags(rng.int(3, 8), ['generic', 'mixed', 'runtogether']).join(' ')];
  const head = [`${w.sentence('findings')} ${w.emojiRun()}`];
  const next = () => {
    const parts = w.sentences(rng.int(2, 4), 'findings');
    if (rng.chance(0.4)) parts.splice(1, 0, w.sentence());
    if (rng.chance(0.3)) parts.push(w.emojiRun());
    return parts.join(' ');
  };
  return grow(head, next, { min: 2700, max: 3000, reserve: tail.join('\n\n').length + 2, tail });
}

/** Round-ups and thank-you posts: many mentions and links. */
function linksMentions(w) {
  const { rng } = w;
  if (['x', 'bluesky', 'mastodon', 'threads'].includes(w.platform)) {
    return fitting(w.platform, () => {
      const mentions = w.fill(['{mention}', '{mention2}', '{mention3}', '{mention4}'].slice(0, rng.int(2, 4)).join(' '));
      const urls = Array.from({ length: rng.int(1, w.platform === 'x' ? 1 : 3) }, () => w.fill('{url}'));
      const short = w.theme.lists.plain.filter((l) => l.length < 120);
      return `${w.fill(w.draw(short))} ${mentions}\n${urls.join('\n')}`;
    });
  }
  const line = () => {
    const kind = rng.int(0, 5);
    if (kind === 0) return `${rng.pick(w.blocks.pool.emoji.values.bullets)} ${w.fill(w.draw(w.theme.lists.list))}: ${w.fill('{url}')}`;
    if (kind === 1) return `${w.sentence('thanks')} ${w.fill('{mention}')}`;
    if (kind === 2) return `${w.sentence()} ${w.fill('{url}')}`;
    if (kind === 3) return w.fill('{mention} {mention2} {mention3}');
    return `${w.sentence()} ${w.fill('{mention}')}`;
  };
  const next = () => Array.from({ length: rng.int(2, 4) }, line).join('\n');
  const tail = [w.sentence('ctas'), `${w.fill('{handle}')} ${w.fill('{bare}')}`];
  return grow([w.sentence('hooks')], next, { min: 2600, max: w.platform === 'instagram' ? 2200 : 3000, reserve: tail.join('\n\n').length + 2, tail });
}

/** Emoji runs and line-broken lists, as on Instagram and LinkedIn. */
function emojiLists(w) {
  const { rng } = w;
  const max = Math.min(FITS[w.platform], 3000);
  const next = () => (rng.chance(0.4) ? `${w.list('emoji')}\n${w.emojiRun()}` : `${w.paragraph(1, 2)} ${w.emojiRun()}`);
  const tail = [`${w.sentence('ctas')} ${w.emojiRun()}`];
  if (w.platform !== 'threads') tail.push(w.tags(rng.int(2, 5), ['specific', 'generic']).join(' '));
  if (max <= 500) {
    return fitting(w.platform, () => `${w.emojiRun()} ${w.sentence('listintro')}\n${w.list('emoji').split('\n').slice(1).join('\n')}\n${w.emojiRun()}`);
  }
  return grow([`${w.emojiRun()} ${w.sentence('hooks')} ${w.emojiRun()}`], next, { min: max - 400, max, reserve: tail.join('\n\n').length + 2, tail });
}

/** Stories told in long sentences, several joined by semicolons and dashes. */
function longSentences(w) {
  const { rng } = w;
  if (w.platform === 'mastodon') return fitting('mastodon', () => w.sentence('long'));
  const next = () => {
    if (rng.chance(0.6)) return w.sentence('long');
    // Joined sentences go on in lower case, except where they start with a name.
    const names = new Set([...w.values('person'), ...w.theme.values.place, ...w.theme.values.org].map((v) => v.split(/[\s’']/)[0]));
    const joined = w.sentences(3).map((s, i) => {
      const body = s.replace(/[.!?]$/, '');
      return i === 0 || names.has(body.split(/[\s,’']/)[0]) ? body : body[0].toLowerCase() + body.slice(1);
    });
    return `${joined.join(rng.chance(0.5) ? (w.lang === 'fr' ? ' ; ' : '; ') : ' — ')}.`;
  };
  const tail = [w.sentence('ctas')];
  return grow([], next, { min: 2600, max: 3000, reserve: tail.join('\n\n').length + 2, tail });
}

/** A long digest (a federation's yearly report, a community newsletter): sections on each theme
 * under a heading, with lists, links, mentions, a few findings, and tags at the end. */
function digest(lang, rng, platform, { min, max }) {
  const writers = THEMES[lang].map((t) => new Writer(lang, t, platform, rng));
  const w0 = writers[0];
  const sections = [];
  const length = () => sections.join('\n\n').length;
  const tail = w0.tags(5, ['specific', 'generic', 'campaign']).join(' ');
  let n = 0;
  while (length() < min) {
    const w = writers[n % writers.length];
    n++;
    const parts = [w0.draw(w0.pool("docheadings"))];
    const count = rng.int(3, 6);
    for (let i = 0; i < count; i++) {
      const kind = rng.int(0, 9);
      if (kind === 0) parts.push(w.list());
      else if (kind === 1) parts.push(w.sentence('long'));
      else if (kind === 2) parts.push(`${w.paragraph(1, 2)} ${w.sentence('findings')}`);
      else if (kind === 3) parts.push(`${w.sentence('thanks')} ${w.sentence('ctas')}`);
      else parts.push(w.paragraph(2, 5));
    }
    const section = parts.join('\n\n');
    if (length() + section.length + tail.length + 4 > max) {
      // The last section: as many of its parts as still fit.
      while (parts.length > 1 && length() + parts.join('\n\n').length + tail.length + 4 > max) parts.pop();
      if (parts.length > 1) sections.push(parts.join('\n\n'));
      break;
    }
    sections.push(section);
  }
  return `${sections.join('\n\n')}\n\n${tail}`;
}

/** The classes, in report order: how many posts of each on which platforms. */
const PLAN = [
  { class: 'tweet', platforms: { x: 16, bluesky: 10, threads: 10, mastodon: 12 }, make: tweet },
  { class: 'caption', platforms: { instagram: 12, facebook: 12 }, make: caption },
  { class: 'linkedin-3000', platforms: { linkedin: 20 }, make: (w) => linkedin3000(w) },
  { class: 'tag-wall', platforms: { instagram: 12, linkedin: 12, x: 4, threads: 4, mastodon: 4, bluesky: 2, facebook: 4 }, make: tagWall },
  { class: 'many-findings', platforms: { linkedin: 14, facebook: 6 }, make: manyFindings },
  { class: 'links-mentions', platforms: { linkedin: 8, facebook: 4, mastodon: 4, x: 2, bluesky: 2 }, make: linksMentions },
  { class: 'emoji-lists', platforms: { instagram: 6, linkedin: 8, threads: 2, facebook: 4 }, make: emojiLists },
  { class: 'long-sentences', platforms: { linkedin: 10, facebook: 4, mastodon: 2 }, make: longSentences },
];

/** Per 3,000-character pair: the same LinkedIn post without tags and with 30 tags below it. */
const PAIRS = 12;

/**
 * The corpus: an array of `{ id, class, locale, platform, text, chars, tags, pair? }`, where
 * `chars` is the length in UTF-16 units and `tags` the number of hashtags the generator wrote.
 */
export function generateCorpus({ seed = DEFAULT_SEED, reference = true } = {}) {
  const rng = rngFrom(seed);
  const posts = [];
  const add = (post) => posts.push({ ...post, chars: post.text.length, tags: (post.text.match(/(^|\s)#[^\s#]+/gu) ?? []).length });
  for (const plan of PLAN) {
    let i = 0;
    for (const [platform, count] of Object.entries(plan.platforms)) {
      for (let k = 0; k < count; k++, i++) {
        const lang = i % 2 === 0 ? 'fr' : 'en';
        const theme = THEMES[lang][Math.floor(i / 2) % THEMES[lang].length];
        const w = new Writer(lang, theme, platform, rng);
        add({ id: `${plan.class}-${String(i + 1).padStart(2, '0')}-${lang}-${platform}`, class: plan.class, locale: lang, platform, text: plan.make(w) });
      }
    }
  }
  for (let i = 0; i < PAIRS; i++) {
    const lang = i % 2 === 0 ? 'fr' : 'en';
    const w = new Writer(lang, THEMES[lang][Math.floor(i / 2) % 6], 'linkedin', rng);
    const tags = w.tags(30);
    const base = linkedin3000(w, { min: 2300, max: 3000 - tags.join(' ').length - 2, tags: 0 });
    const id = `${String(i + 1).padStart(2, '0')}-${lang}-linkedin`;
    add({ id: `tags-0-${id}`, class: 'tags-0', locale: lang, platform: 'linkedin', text: base, pair: id });
    add({ id: `tags-30-${id}`, class: 'tags-30', locale: lang, platform: 'linkedin', text: `${base}\n\n${tags.join(' ')}`, pair: id });
  }
  for (const [i, lang] of ['fr', 'en', 'fr', 'en'].entries()) {
    add({ id: `facebook-63k-${i + 1}-${lang}`, class: 'facebook-63k', locale: lang, platform: 'facebook', text: digest(lang, rng, 'facebook', { min: 62_000, max: 63_000 }) });
  }
  for (const lang of ['fr', 'en']) {
    // A document, not a post: checked as a LinkedIn text like the 100 KB case of bench/posts, so
    // that the two figures compare (platform/too-long fires once, as it would in an editor).
    add({ id: `doc-100k-${lang}`, class: 'doc-100k', locale: lang, platform: 'linkedin', text: digest(lang, rng, 'linkedin', { min: 99_000, max: 100_000 }) });
  }
  if (reference) {
    const ref = (name) => readFileSync(fileURLToPath(new URL(`../posts/${name}.txt`, import.meta.url)), 'utf8');
    add({ id: 'reference-tweet-fr', class: 'reference', locale: 'fr', platform: 'x', text: ref('tweet-fr') });
    add({ id: 'reference-tweet-en', class: 'reference', locale: 'en', platform: 'x', text: ref('tweet-en') });
    add({ id: 'reference-post3000-fr', class: 'reference', locale: 'fr', platform: 'linkedin', text: ref('post-fr') });
    add({ id: 'reference-post3000-en', class: 'reference', locale: 'en', platform: 'linkedin', text: ref('post-en') });
  }
  return posts;
}

/** The class names in report order. */
export const CLASSES = [...PLAN.map((p) => p.class), 'tags-0', 'tags-30', 'facebook-63k', 'doc-100k', 'reference'];

// --- Command line -------------------------------------------------------------------------------

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const value = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const seed = value('--seed') === undefined ? DEFAULT_SEED : Number(value('--seed'));
  const corpus = generateCorpus({ seed });
  if (args.includes('--json')) {
    console.log(JSON.stringify(corpus, null, 1));
  } else {
    const out = value('--out');
    const postsFile = value('--posts');
    if (postsFile) {
      // benches/callgrind.rs reads each post as a line `platform locale`, its text, a line `\x1e`.
      const posts = corpus.filter((p) => value('--class') === undefined || p.class === value('--class'));
      writeFileSync(postsFile, posts.map((p) => `${p.platform} ${p.locale}\n${p.text}\n\x1e\n`).join(''));
    }
    if (out) {
      mkdirSync(out, { recursive: true });
      for (const p of corpus) writeFileSync(join(out, `${p.id}.txt`), p.text);
    }
    console.log(`seed ${seed}: ${corpus.length} posts, ${corpus.reduce((s, p) => s + p.chars, 0).toLocaleString('en')} characters`);
    for (const c of CLASSES) {
      const posts = corpus.filter((p) => p.class === c);
      const chars = posts.map((p) => p.chars);
      const tags = posts.map((p) => p.tags);
      const platforms = [...new Set(posts.map((p) => p.platform))].join(',');
      console.log(`${c.padEnd(15)} ${String(posts.length).padStart(3)} posts  chars ${Math.min(...chars)}–${Math.max(...chars)}  tags ${Math.min(...tags)}–${Math.max(...tags)}  ${platforms}`);
    }
    if (out) console.log(`written to ${out}`);
  }
}
