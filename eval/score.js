// Scores the CLI's reports against the corpus's labels, exactly as eval/README.md says.

/** Whether [s, e) and [a, b) share a character; an empty span counts where it stands. */
function overlaps(s, e, a, b) {
  return s === e ? a <= s && s <= b : s < b && a < e;
}

/** Every [start, end) where `words` occurs in `text`. */
function occurrences(text, words) {
  const spans = [];
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) spans.push([i, i + words.length]);
  return spans;
}

/**
 * Whether a finding matches a parsed label: same rule, and its span overlaps one occurrence of
 * the label's words (a label without words matches any span).
 * @param {{rule: string, start: number, end: number}} finding
 * @param {{rule: string, words: string | null}} label
 * @param {string} text the post's text
 */
export function matches(finding, label, text) {
  if (finding.rule !== label.rule) return false;
  if (!label.words) return true;
  return occurrences(text, label.words).some(([a, b]) => overlaps(finding.start, finding.end, a, b));
}

const empty = () => ({ tp: 0, fp: 0, misses: 0 });

/** Precision and recall of {tp, fp, misses}; null where undefined (nothing to divide by). */
export function rates({ tp, fp, misses }) {
  return { precision: tp + fp ? tp / (tp + fp) : null, recall: tp + misses ? tp / (tp + misses) : null };
}

/**
 * Scores every post. A finding matching `expect` is a true positive, one matching only `may` is
 * left out, any other is a false positive; an `expect` label no finding matches is a miss.
 * typo/ findings count only in posts that label their rule (`expect` or `not`).
 * @param {object[]} posts validated posts (loadCorpus)
 * @param {Map<string, object>} reports post id → CLI report (checkPosts)
 * @returns {{scopes: object, falsePositives: object[], misses: object[]}} scopes: per locale
 *   and `all`, each {posts, rules: {rule: {tp, fp, misses, precision, recall}}, total, clean:
 *   {posts, noFalseHint, share}}
 */
export function score(posts, reports) {
  const scopes = {};
  const scope = (name) => (scopes[name] ??= { posts: 0, rules: {}, total: empty(), clean: { posts: 0, noFalseHint: 0 } });
  const falsePositives = [];
  const misses = [];
  for (const post of posts) {
    const report = reports.get(post.id);
    if (!report) throw new Error(`no report for post ${post.id}`);
    const { expect, not, may } = post.labels;
    const labelled = new Set([...expect, ...not].map((l) => l.rule));
    const counted = report.diagnostics.filter((d) => !d.rule.startsWith('typo/') || labelled.has(d.rule));
    const tally = [];
    let falseHints = 0;
    for (const d of counted) {
      if (expect.some((l) => matches(d, l, post.text))) tally.push([d.rule, 'tp']);
      else if (!may.some((l) => matches(d, l, post.text))) {
        tally.push([d.rule, 'fp']);
        falseHints++;
        const trap = not.find((l) => matches(d, l, post.text));
        falsePositives.push({ id: post.id, rule: d.rule, words: post.text.slice(d.start, d.end), message: d.message, start: d.start, end: d.end, trap: trap?.label ?? null });
      }
    }
    for (const l of expect) {
      if (!counted.some((d) => matches(d, l, post.text))) {
        tally.push([l.rule, 'misses']);
        misses.push({ id: post.id, label: l.label });
      }
    }
    for (const s of [scope(post.locale), scope('all')]) {
      s.posts++;
      for (const [rule, kind] of tally) {
        (s.rules[rule] ??= empty())[kind]++;
        s.total[kind]++;
      }
      if (!expect.length) {
        s.clean.posts++;
        if (!falseHints) s.clean.noFalseHint++;
      }
    }
  }
  for (const s of Object.values(scopes)) {
    s.rules = Object.fromEntries(Object.keys(s.rules).sort().map((r) => [r, { ...s.rules[r], ...rates(s.rules[r]) }]));
    Object.assign(s.total, rates(s.total));
    s.clean.share = s.clean.posts ? s.clean.noFalseHint / s.clean.posts : null;
  }
  return { scopes, falsePositives, misses };
}
