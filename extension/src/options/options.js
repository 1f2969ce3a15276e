// The options page: the brand profile (pasted or imported, validated by building a Checker in
// the service worker, so its messages are the CLI's), the default language, the sites Brio runs
// on, and the user's Mastodon instances (optional host permissions, asked for one by one).
// Everything is stored in chrome.storage.local; content scripts follow changes live.
import { SITES, originOf } from '../sites.js';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings.js';

/** @type {(id: string) => any} the page's own elements, by id (inputs, selects, buttons) */
const $ = (id) => document.getElementById(id);
const ask = (message) => chrome.runtime.sendMessage(message);

function status(id, text, state = '') {
  const el = $(id);
  el.textContent = text;
  el.dataset.state = state;
}

// ---- Profile -------------------------------------------------------------------------------

async function validate(source) {
  if (!source.trim()) return { ok: true, empty: true };
  return ask({ type: 'validate-profile', source });
}

/** The profile's `name`, for the status line; the checker already validated the source. */
function nameOf(source) {
  try {
    if (source.trimStart().startsWith('{')) return JSON.parse(source).name ?? null;
  } catch {
    return null;
  }
  return /^\s*name\s*=\s*"([^"]*)"/m.exec(source)?.[1] ?? null;
}

async function saveProfile(source, file) {
  const result = await validate(source);
  if (!result.ok) {
    status('profile-status', result.error, 'error');
    return false;
  }
  if (result.empty) {
    await saveSettings({ profile: null });
    status('profile-status', 'No profile: the built-in rules apply.', 'ok');
    return true;
  }
  const name = nameOf(source);
  await saveSettings({ profile: { source, name, file: file ?? null } });
  status('profile-status', `Saved${name ? `: ${name}` : ''}. Composers use it now.`, 'ok');
  return true;
}

let validateTimer = 0;
$('profile').addEventListener('input', () => {
  clearTimeout(validateTimer);
  validateTimer = setTimeout(async () => {
    const result = await validate($('profile').value);
    if (result.ok) status('profile-status', result.empty ? '' : 'Valid profile (not saved yet).', 'ok');
    else status('profile-status', result.error, 'error');
  }, 300);
});
$('profile-save').addEventListener('click', () => saveProfile($('profile').value));
$('profile-clear').addEventListener('click', async () => {
  $('profile').value = '';
  await saveProfile('');
});
$('profile-file').addEventListener('change', async (e) => {
  const file = e.target.files?.[0];
  if (!file) return;
  const source = await file.text();
  $('profile').value = source;
  e.target.value = '';
  const ok = await saveProfile(source, file.name);
  if (!ok) status('profile-status', `${file.name}: ${$('profile-status').textContent}`, 'error');
});

// Learning: an export of the brand's past posts becomes the profile, with its evidence as
// comments, saved at once (it is valid by construction; saving validates it all the same).
async function learnFrom(file) {
  if (!file) return;
  status('profile-status', `Reading ${file.name}…`);
  const result = await ask({ type: 'learn-profile', text: await file.text(), locale: $('locale').value });
  if (!result?.ok) {
    status('profile-status', `${file.name}: ${result?.error ?? 'no answer'}`, 'error');
    return;
  }
  $('profile').value = result.toml;
  if (await saveProfile(result.toml, file.name)) {
    const r = result.read;
    const skipped = result.warnings.length ? `, ${result.warnings.length} broken record(s) skipped` : '';
    status('profile-status', `Learned from ${r.posts - r.other_language} posts in ${file.name}${skipped}. Saved: composers use it now.`, 'ok');
  }
}
$('learn-file').addEventListener('change', async (e) => {
  const file = e.target.files?.[0];
  e.target.value = '';
  await learnFrom(file);
});
$('profile-section').addEventListener('dragover', (e) => e.preventDefault());
$('profile-section').addEventListener('drop', (e) => {
  e.preventDefault();
  learnFrom(e.dataTransfer?.files?.[0]);
});

// ---- Language and sites --------------------------------------------------------------------

$('locale').addEventListener('change', () => saveSettings({ locale: $('locale').value }));

function renderSites(settings) {
  const list = $('sites');
  list.replaceChildren();
  for (const site of SITES) {
    const li = document.createElement('li');
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = !settings.disabledSites.includes(site.id);
    box.dataset.site = site.id;
    box.addEventListener('change', async () => {
      const { disabledSites } = await loadSettings();
      const next = new Set(disabledSites);
      if (box.checked) next.delete(site.id);
      else next.add(site.id);
      await saveSettings({ disabledSites: [...next] });
    });
    label.append(box, ` ${site.name}`);
    const where = document.createElement('span');
    where.className = 'origin';
    where.textContent = site.userOrigins
      ? '(the instances below)'
      : site.matches.map((m) => m.replace(/^https:\/\//, '').replace(/\/\*$/, '')).join(', ');
    li.append(label, where);
    list.append(li);
  }
}

// ---- Mastodon instances --------------------------------------------------------------------

function renderInstances(settings) {
  const list = $('instances');
  list.replaceChildren();
  for (const origin of settings.mastodonOrigins) {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'origin';
    name.textContent = origin;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'secondary';
    remove.textContent = 'Remove';
    remove.addEventListener('click', () => removeInstance(origin));
    li.append(name, remove);
    list.append(li);
  }
}

async function addInstance() {
  const origin = originOf($('instance').value);
  if (!origin) {
    status('instance-status', 'Type the address of a server, such as mastodon.social.', 'error');
    return;
  }
  // Must run in the click's user gesture: Chrome shows its own prompt for this one origin.
  let granted = false;
  try {
    granted = await chrome.permissions.request({ origins: [`${origin}/*`] });
  } catch (e) {
    status('instance-status', String(e?.message ?? e), 'error');
    return;
  }
  if (!granted) {
    status('instance-status', `Brio was not allowed on ${origin}.`, 'error');
    return;
  }
  const { mastodonOrigins } = await loadSettings();
  await saveSettings({ mastodonOrigins: [...new Set([...mastodonOrigins, origin])] });
  const result = await ask({ type: 'sync-mastodon' });
  if (result?.ok) {
    $('instance').value = '';
    status('instance-status', `Brio now runs on ${origin} (reload its open tabs).`, 'ok');
  } else status('instance-status', result?.error ?? 'Could not register the instance.', 'error');
}

async function removeInstance(origin) {
  const { mastodonOrigins } = await loadSettings();
  await saveSettings({ mastodonOrigins: mastodonOrigins.filter((o) => o !== origin) });
  try {
    await chrome.permissions.remove({ origins: [`${origin}/*`] });
  } catch {
    // Already gone.
  }
  await ask({ type: 'sync-mastodon' });
  status('instance-status', `Removed ${origin}.`, 'ok');
}

$('instance-add').addEventListener('click', addInstance);
$('instance').addEventListener('keydown', (e) => {
  if (e.key === 'Enter') addInstance();
});

// ---- Start ---------------------------------------------------------------------------------

async function render() {
  const settings = await loadSettings();
  $('locale').value = settings.locale;
  renderSites(settings);
  renderInstances(settings);
  return settings;
}

render().then((settings) => {
  $('profile').value = settings.profile?.source ?? '';
  if (settings.profile?.name) status('profile-status', `Current profile: ${settings.profile.name}.`, 'ok');
  document.body.dataset.ready = 'true';
});
// Another options tab, or a sync, changed something: show it (the profile text is left alone).
onSettingsChanged(() => render());
