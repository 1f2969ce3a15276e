// The demo composer: pickers, the editor layer on a textarea, hint cards, the length meter,
// hashtag chips and the profile editor. Everything runs in this page and its worker.
import { attach, CheckClient } from '../editor/index.js';
import { CARD_CSS, adopt } from '../editor/styles.js';
import { renderChips } from './chips.js';
import { renderHints } from './hints.js';
import { renderMeter } from './meter.js';
import { learnFromPosts } from './learn.js';
import { profileEditor, SAMPLE_PROFILE } from './profile.js';
import { SAMPLES } from './samples.js';

const $ = (id) => document.getElementById(id);
const els = {
  composer: $('composer'),
  platform: $('platform'),
  locale: $('locale'),
  sample: $('sample'),
  chips: $('chips'),
  hints: $('hints'),
  tally: $('tally'),
  status: $('status'),
  profile: $('profile'),
  profileStatus: $('profile-status'),
  meter: { meter: $('meter'), ring: $('ring'), length: $('length'), unit: $('unit'), bytes: $('bytes') },
};
adopt(document, CARD_CSS);

const timings = { start: performance.now() };
// Test and measurement hook: plain numbers, read by tests/browser.
window.brioTimings = timings;
// Measurement hook (bench/keystroke.js): the same composer without Brio, for a baseline.
window.brioDetach = () => editor.destroy();

let platforms = [];
let goodProfile; // the last profile source the checker accepted
let firstReport = true;

const client = new CheckClient({
  // The language picked (auto: both) chooses the build the worker loads first (docs/npm.md, "Builds").
  locale: els.locale.value,
  onFatal: (message) => setStatus(`The checker stopped (${message}): it restarts with the next check.`),
});

const editor = attach(els.composer, {
  client,
  // A crashed checker or a refused profile: said in the status line, with what to do.
  onProblem: (problem) => {
    if (problem) setStatus(`${problem.message} ${problem.advice}`);
  },
  onReport: (result) => {
    render(result);
    // Test hook: what the hints on screen are about.
    window.brioLast = {
      text: result.text,
      platform: result.report.platform,
      hashtags: result.report.entities.hashtags.map((h) => h.text),
    };
    if (firstReport) {
      firstReport = false;
      timings.firstCheck = performance.now();
      document.body.dataset.ready = 'true';
    }
    setStatus(
      `Checked on this device in ${result.ms.toFixed(2)} ms · start-up ${timings.startup.toFixed(1)} ms ` +
        `(wasm ${timings.instantiate.toFixed(1)} ms + checker ${timings.construct.toFixed(1)} ms)` +
        (result.report.scope ? ` · ${result.report.scope.message}` : ''),
    );
  },
});

function setStatus(text) {
  els.status.textContent = text;
}

function platformName() {
  return platforms.find((p) => p.id === els.platform.value)?.name ?? els.platform.value;
}

function render(result) {
  renderMeter(els.meter, result.report);
  renderChips(els.chips, result.report.entities.hashtags);
  renderHints({ list: els.hints, tally: els.tally }, result, {
    onFix: (s) => editor.applyFix(s),
    onSelect: (d) => {
      els.composer.focus();
      els.composer.setSelectionRange(d.start, d.end);
    },
    platformName: platformName(),
  });
}

function options(profile = goodProfile) {
  return { platform: els.platform.value, locale: els.locale.value, profile };
}

/** Rebuilds the checker for the pickers' values, then checks the draft again. */
async function reconfigure() {
  const { error } = await client.configure(options());
  if (error) setStatus(error);
  await editor.check();
}

/** Replaces the draft as one undoable edit, as if the writer had pasted it. */
function loadDraft(text) {
  els.composer.focus();
  els.composer.select();
  if (!document.execCommand('insertText', false, text)) {
    els.composer.value = text;
    els.composer.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

async function start() {
  const info = await client.ready;
  platforms = info.platforms;
  for (const p of platforms) els.platform.append(new Option(`${p.name} · ${p.limit}`, p.id));
  els.platform.value = 'x';
  for (const s of SAMPLES) els.sample.append(new Option(s.label, s.id));

  timings.instantiate = info.ms.instantiate;
  els.profile.value = SAMPLE_PROFILE;
  const t0 = performance.now();
  const { error, ms } = await client.configure(options(SAMPLE_PROFILE));
  timings.construct = ms ?? performance.now() - t0;
  timings.startup = timings.instantiate + timings.construct;
  goodProfile = error ? undefined : SAMPLE_PROFILE;

  const profile = profileEditor({ textarea: els.profile, status: els.profileStatus }, async (source) => {
    const result = await client.configure(options(source));
    if (!result.error) {
      goodProfile = source;
      editor.check();
    }
    return result;
  });
  profile.validate();
  learnFromPosts(
    { input: $('learn-file'), zone: $('learn-zone'), status: $('learn-status') },
    {
      learn: (text) => {
        const locale = els.locale.value;
        return client.learn(text, { locale });
      },
      apply: (toml) => {
        els.profile.value = toml;
        $('profile-details').open = true;
        profile.validate();
      },
    },
  );

  els.platform.addEventListener('change', reconfigure);
  els.locale.addEventListener('change', reconfigure);
  els.sample.addEventListener('change', () => {
    const sample = SAMPLES.find((s) => s.id === els.sample.value);
    if (!sample) return;
    if (els.platform.value !== sample.platform) {
      els.platform.value = sample.platform;
      client.configure(options());
    }
    loadDraft(sample.text);
    els.sample.value = '';
  });
  await editor.check();
}

start().catch((e) => setStatus(`The checker could not start: ${e.message}`));
