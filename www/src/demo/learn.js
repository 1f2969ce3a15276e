// "Learn from past posts": a dropped or chosen export (X's tweets.js, Mastodon's outbox.json,
// LinkedIn's Shares.csv, Bluesky records, Brio history) is read in the page, learned in the
// worker (Checker.learn), and its profile, with the evidence as comments, replaces the profile
// being edited: the profile editor validates and applies it as if typed. Nothing leaves the page.

/**
 * @param {{ input: HTMLInputElement, zone: HTMLElement, status: HTMLElement }} els
 * @param {{ learn: (text: string) => Promise<{ result?: object, error?: string }>, apply: (toml: string) => void }} hooks
 */
export function learnFromPosts({ input, zone, status }, { learn, apply }) {
  const say = (text, error = false) => {
    status.textContent = text;
    status.className = `profile-status ${error ? 'error' : 'ok'}`;
  };
  const take = async (file) => {
    if (!file) return;
    say(`Reading ${file.name}…`);
    const { result, error } = await learn(await file.text());
    if (error) {
      say(`${file.name}: ${error}`, true);
      return;
    }
    const r = result.read;
    const skipped = result.warnings.length
      ? ` ${result.warnings.length} broken record(s) skipped (first at line ${result.warnings[0].line}).`
      : '';
    say(
      `Learned from ${r.posts - r.other_language} of your posts in ${file.name} ` +
        `(${r.replies} replies, ${r.reposts} reposts, ${r.quotes} quotes left out).${skipped} ` +
        'The profile below says why for each value; it is applied.',
    );
    apply(result.toml);
  };
  input.addEventListener('change', () => take(input.files?.[0]));
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('dropping');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dropping'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('dropping');
    take(e.dataTransfer?.files?.[0]);
  });
}
