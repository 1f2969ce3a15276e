// The demo composer in Chromium, as a community manager would use it: type drafts, read the
// hint cards and underlines, switch platforms, apply fixes, undo, paste markup.
import test from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { start, resultsDir, root } from './harness.js';
import { RULE_EXPECTATIONS } from '../js/rule-expectations.js';

let h;
let page;
test.before(async () => {
  h = await start();
  page = h.page;
  await page.goto(`${h.origin}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
});
test.after(async () => {
  await h?.stop();
});

const composer = () => page.getByTestId('composer');
const lengthText = () => page.getByTestId('length').textContent();

/** Sets the pickers, then replaces the draft by typing it (real key events). */
async function draft(text, { platform = 'x', locale = 'auto', type = false } = {}) {
  await page.getByTestId('platform').selectOption(platform);
  await page.getByTestId('locale').selectOption(locale);
  await composer().fill('');
  await composer().focus();
  if (type) await page.keyboard.type(text);
  else await page.keyboard.insertText(text);
  await settle();
}

/** Waits until the hints describe the composer's current text (the debounce and the worker). */
async function settle() {
  await page.waitForFunction(() => {
    const last = window.brioLast;
    return (
      last &&
      last.text === document.querySelector('[data-testid="composer"]').value &&
      last.platform === document.querySelector('[data-testid="platform"]').value
    );
  }, null, { timeout: 10_000 });
}

/** The underline runs drawn over the composer: [{ className, text }]. */
function underlines() {
  return page.evaluate(() =>
    [...document.querySelector('[data-brio-overlay]').shadowRoot.querySelectorAll('mark')].map((m) => ({
      className: m.className,
      text: m.textContent,
    })),
  );
}

test('start-up and first check timings are recorded', async () => {
  const t = await page.evaluate(() => window.brioTimings);
  assert.ok(t.instantiate > 0 && t.construct >= 0 && t.firstCheck > 0, JSON.stringify(t));
  writeFileSync(`${resultsDir}/timings.json`, JSON.stringify(t, null, 2));
  console.log(
    `browser: wasm instantiate ${t.instantiate.toFixed(1)} ms, Checker ${t.construct.toFixed(1)} ms, ` +
      `first check drawn ${t.firstCheck.toFixed(0)} ms after navigation start`,
  );
});

test('a French draft too long for X: French hint card and the overflow underlined', async () => {
  const text = 'Merci à toute l’équipe 🇫🇷 pour ce lancement ! ' + 'On vous raconte tout jeudi. '.repeat(10);
  await draft(text.slice(0, 60), { type: true });
  await draft(text);
  const card = page.locator('#hints [data-rule="platform/too-long"]');
  await card.waitFor();
  assert.match(await card.locator('.message').textContent(), /autorise/);
  const marks = await underlines();
  const overflow = marks.filter((m) => m.className.includes('overflow'));
  assert.equal(overflow.length, 1);
  assert.ok(text.endsWith(overflow[0].text) && overflow[0].text.length > 0);
  const [used, limit] = (await lengthText()).split(' / ').map(Number);
  assert.equal(limit, 280);
  assert.ok(used > 280);
  assert.ok(await page.locator('#meter.over').count());
});

test('an English draft: English hint card, hashtag chips', async () => {
  const text = 'We are thrilled to announce our new app for independent bookshops. '.repeat(5) + '#AcmeLive #innovation';
  await draft(text, { locale: 'en' });
  const card = page.locator('#hints [data-rule="platform/too-long"]');
  await card.waitFor();
  assert.match(await card.locator('.message').textContent(), /allows/);
  // One chip per hashtag the report has.
  const tags = await page.evaluate(() => window.brioLast.hashtags);
  assert.deepEqual(await page.locator('#chips .chip').allTextContents(), tags);
  assert.deepEqual(tags, ['#AcmeLive', '#innovation']);
});

test('switching platforms changes the meter: 285 × "a" is 285 / 280 on X, 285 / 3000 on LinkedIn', async () => {
  await draft('a'.repeat(285), { platform: 'x' });
  assert.equal(await lengthText(), '285 / 280');
  assert.equal(await page.locator('#hints [data-rule="platform/too-long"]').count(), 1);
  await page.getByTestId('platform').selectOption('linkedin');
  await page.waitForFunction(() => document.querySelector('[data-testid="length"]').textContent === '285 / 3000');
  assert.equal(await page.locator('#hints [data-rule="platform/too-long"]').count(), 0);
  // No error underline is left (LinkedIn's "see more" hook is only an info).
  const marks = await underlines();
  assert.ok(marks.every((m) => !/error/.test(m.className)), JSON.stringify(marks));
  await page.getByTestId('platform').selectOption('mastodon');
  await page.waitForFunction(() => document.querySelector('[data-testid="length"]').textContent === '285 / 500');
});

test('pasted markup stays text: nothing executes, nothing is injected', async () => {
  const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await draft('a'.repeat(280), { platform: 'x' });
  await page.evaluate((m) => navigator.clipboard.writeText(m), markup);
  await composer().focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+V');
  await settle();
  assert.ok((await composer().inputValue()).endsWith(markup));
  const card = page.locator('#hints [data-rule="platform/too-long"]');
  assert.ok((await card.locator('.excerpt').textContent()).includes('<img src=x'));
  const injected = await page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('[data-brio-overlay],[data-brio-popover]')].map((e) => e.shadowRoot)];
    return { pwned: window.__pwned, imgs: roots.reduce((n, r) => n + r.querySelectorAll('img, script:not([src])').length, 0) };
  });
  assert.deepEqual(injected, { pwned: undefined, imgs: 0 });
});

test('the hover card opens over an underline', async () => {
  await draft('a'.repeat(300), { platform: 'x' });
  const box = await page.locator('[data-brio-overlay] mark.overflow').first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const card = page.locator('[data-brio-popover] [data-rule="platform/too-long"]');
  await card.waitFor({ timeout: 5_000 });
  await page.mouse.move(5, 5);
});

test('the sample profile is valid and a broken one shows its error', async () => {
  await page.locator('#profile-details summary').click();
  await page.waitForSelector('#profile-status.ok');
  const good = await page.locator('#profile').inputValue();
  await page.locator('#profile').fill(good + '\n[voice]\nmax_emojis = 3\n');
  await page.waitForSelector('#profile-status.error');
  assert.match(await page.locator('#profile-status').textContent(), /invalid profile/);
  await page.locator('#profile').fill(good);
  await page.waitForSelector('#profile-status.ok');
  await page.locator('#profile-details summary').click();
});

for (const e of RULE_EXPECTATIONS) {
  test(`demo: ${e.rule} on “${e.flagged}”`, async () => {
    await draft(e.text, { platform: e.platform, locale: e.locale });
    const start = e.text.indexOf(e.flagged);
    const card = page.locator(`#hints [data-rule="${e.rule}"]`);
    await card.first().waitFor();
    const ranges = await card.evaluateAll((cards) => cards.map((c) => [+c.dataset.start, +c.dataset.end]));
    const i = ranges.findIndex(([s, en]) => s < start + e.flagged.length && start < en);
    assert.ok(i >= 0, `a ${e.rule} card over “${e.flagged}”: ${JSON.stringify(ranges)}`);
    assert.ok((await underlines()).length > 0);
    if (e.grade) {
      assert.equal(await page.locator(`#chips .chip.grade-${e.grade}`).filter({ hasText: e.flagged }).count(), 1);
    }
    if (e.fixed) {
      await card.nth(i).getByTestId('apply-fix').first().click();
      assert.ok((await composer().inputValue()).includes(e.fixed));
      await composer().focus();
      await page.keyboard.press('Control+Z');
      assert.equal(await composer().inputValue(), e.text);
    }
  });
}

test('loading a sample is one undo step, and sets its platform', async () => {
  await draft('Mon brouillon', { platform: 'x' });
  await page.locator('#sample').selectOption('en-specific');
  await page.waitForFunction(() => document.querySelector('[data-testid="composer"]').value.startsWith('Our support'));
  assert.equal(await page.getByTestId('platform').inputValue(), 'bluesky');
  await composer().focus();
  await page.keyboard.press('Control+Z');
  assert.equal(await composer().inputValue(), 'Mon brouillon');
});

test('a screenshot of the composer with a French sample', async () => {
  await page.getByTestId('locale').selectOption('auto');
  await page.locator('#sample').selectOption('fr-long');
  await page.waitForFunction(() => document.querySelector('[data-testid="composer"]').value.startsWith('Merci'));
  await settle();
  await page.locator('#hints .brio-card').first().waitFor();
  // With the profile open and a hover card showing, as a writer would see them.
  await page.locator('#profile-details summary').click();
  await page.locator('#profile').evaluate((el) => el.scrollTo(0, 0));
  const box = await page.locator('[data-brio-overlay] mark').first().boundingBox();
  await page.mouse.move(box.x + 6, box.y + box.height / 2);
  await page.locator('[data-brio-popover] .brio-card').waitFor({ timeout: 5_000 });
  await page.screenshot({ path: `${resultsDir}/demo.png`, fullPage: true });
  await page.mouse.move(5, 5);
  await page.locator('#profile-details summary').click();
});

test('learn from past posts: a dropped export becomes the profile, and drafts off the voice get a hint', async () => {
  await page.getByTestId('learn-file').setInputFiles(`${root}eval/voices/aurel.jsonl`);
  await page.waitForFunction(() => document.querySelector('#profile').value.includes('[voice.learned]'), null, { timeout: 10_000 });
  assert.match(await page.getByTestId('learn-status').textContent(), /Learned from 45 of your posts in aurel\.jsonl/);
  assert.match(await page.locator('#profile').inputValue(), /# \d+ of 45 posts address the reader as « vous »/);
  await page.waitForFunction(() => document.querySelector('#profile-status').textContent.includes('valid and in use'), null, { timeout: 10_000 });
  await draft('Tu as vu ? Ton appli fait peau neuve 🚀🔥', { platform: 'linkedin', locale: 'fr' });
  const card = page.locator('#hints .brio-card[data-rule="tone/off-voice"]');
  await card.waitFor({ timeout: 5_000 });
  assert.match(await card.textContent(), /« tu », quand \d+ de ses 45 posts disent « vous »/);
  await draft('Vos relevés de compte sont disponibles dans AurelPlus, avec le détail de chaque opération.', { platform: 'linkedin', locale: 'fr' });
  assert.equal(await page.locator('#hints .brio-card[data-rule="tone/off-voice"]').count(), 0);
  // A file that is no export says what was expected, and the profile stays as it is.
  await page.getByTestId('learn-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Just notes.') });
  await page.waitForFunction(() => document.querySelector('[data-testid="learn-status"]').textContent.includes('not a recognised export'), null, { timeout: 10_000 });
  assert.match(await page.locator('#profile').inputValue(), /\[voice\.learned\]/);
});

test('no request left the origin, and the page logged no error', () => {
  assert.deepEqual(h.foreign(), []);
  assert.ok(h.requests.some((u) => u.endsWith('.wasm')), 'the wasm came from the origin');
  assert.deepEqual(h.problems, []);
});
