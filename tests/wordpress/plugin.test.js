// The WordPress plugin's files without WordPress: brio.php parses under Debian's PHP, its lists
// of platforms and locales are the checker's, its settings sanitiser keeps the stored value on
// a refused one, and the zip (`make wordpress-plugin`) holds the plugin with its worker and wasm
// and leaves WordPress's packages to WordPress.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Checker, root } from '../js/load.js';

const PLUGIN = join(root, 'integrations/wordpress/brio.php');
const ZIP = join(root, 'integrations/wordpress/brio-wordpress.zip');

/** Runs PHP code after loading brio.php with the few WordPress functions it calls at load. */
function php(code, { options = {} } = {}) {
  const prelude = `
    define('ABSPATH', '/');
    $GLOBALS['errors'] = array();
    $GLOBALS['options'] = json_decode(${JSON.stringify(JSON.stringify(options))}, true);
    function add_action() {} function add_filter() {} function plugin_basename($f) { return basename($f); }
    function __($s) { return $s; }
    function get_option($name, $default = false) { return $GLOBALS['options'][$name] ?? $default; }
    function add_settings_error($setting, $code, $message) { $GLOBALS['errors'][] = $code; }
    function wp_check_invalid_utf8($s) { return preg_match('//u', $s) ? $s : ''; }
    require ${JSON.stringify(PLUGIN)};
  `;
  const r = spawnSync('php', ['-d', 'display_errors=stderr', '-r', prelude + code], { encoding: 'utf8' });
  if (r.error) throw new Error(`php: ${r.error.message} (run \`make wordpress-tools\`)`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '', 'no PHP notice or warning');
  return JSON.parse(r.stdout);
}

test('brio.php parses', () => {
  const r = spawnSync('php', ['-l', PLUGIN], { encoding: 'utf8' });
  if (r.error) throw new Error(`php: ${r.error.message} (run \`make wordpress-tools\`)`);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('the settings page offers the checker’s platforms and locales', () => {
  const { platforms, locales } = php(`echo json_encode(array('platforms' => BRIO_PLATFORMS, 'locales' => array_keys(BRIO_LOCALES)));`);
  assert.deepEqual(
    Object.entries(platforms),
    Checker.platforms().map((p) => [p.id, p.name]),
  );
  for (const locale of locales) new Checker({ locale }).free();
  assert.throws(() => new Checker({ locale: 'de' }), /unknown locale/, 'a locale the checker refuses does throw');
});

test('the settings sanitiser keeps the stored value when a new one is refused', () => {
  const stored = { brio_settings: { platform: 'linkedin', locale: 'fr', profile: '[rules]\n' } };
  const ok = php(`echo json_encode(array(brio_sanitize_settings(array('platform' => 'mastodon', 'locale' => 'en', 'profile' => "a\\r\\nb")), $GLOBALS['errors']));`, { options: stored });
  assert.deepEqual(ok, [{ platform: 'mastodon', locale: 'en', profile: 'a\nb' }, []]);

  const refused = php(
    `echo json_encode(array(brio_sanitize_settings(array('platform' => 'myspace', 'locale' => 'de', 'profile' => str_repeat('x', BRIO_PROFILE_MAX_BYTES + 1))), $GLOBALS['errors']));`,
    { options: stored },
  );
  assert.deepEqual(refused, [stored.brio_settings, ['brio-platform', 'brio-locale', 'brio-profile-size']]);

  const bytes = php(`echo json_encode(array(brio_sanitize_settings(array('platform' => 'x', 'locale' => 'auto', 'profile' => "\\xff\\xfe")), $GLOBALS['errors']));`, { options: stored });
  assert.deepEqual(bytes, [{ ...stored.brio_settings, platform: 'x', locale: 'auto' }, ['brio-profile-utf8']]);

  // Nothing stored yet: the defaults.
  assert.deepEqual(php(`echo json_encode(brio_settings());`), { platform: 'x', locale: 'auto', profile: '' });
});

test('the zip holds the plugin, its worker and wasm, and leaves WordPress’s packages to WordPress', () => {
  const r = spawnSync('unzip', ['-Z1', ZIP], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`${ZIP}: ${r.stderr || r.error?.message} (run \`make wordpress-plugin\`)`);
  const files = r.stdout.split('\n').filter((f) => f && !f.endsWith('/'));
  for (const f of ['brio/brio.php', 'brio/readme.txt', 'brio/build/editor.js', 'brio/build/editor.asset.php', 'brio/build/editor.css', 'brio/build/settings.js', 'brio/build/settings.asset.php']) {
    assert.ok(files.includes(f), `${f} in ${files.join(', ')}`);
  }
  // The full build and the one-language builds (docs/npm.md, "Builds"): the worker loads one.
  assert.equal(files.filter((f) => /^brio\/build\/brio_bg\.[0-9a-f]+\.wasm$/.test(f)).length, 3, files.join());
  assert.equal(files.filter((f) => /^brio\/build\/brio-worker\.[0-9a-f]+\.js$/.test(f)).length, 1, files.join());
  assert.ok(files.every((f) => f.startsWith('brio/')), 'one folder, named as WordPress installs it');

  // The editor script depends on WordPress's own scripts instead of bundling them.
  const unzip = (f) => spawnSync('unzip', ['-p', ZIP, f], { encoding: 'utf8' }).stdout;
  const asset = unzip('brio/build/editor.asset.php');
  for (const handle of ['wp-data', 'wp-element', 'wp-rich-text', 'wp-plugins', 'wp-edit-post', 'wp-components']) {
    assert.match(asset, new RegExp(`'${handle}'`), asset);
  }
  const editor = unzip('brio/build/editor.js');
  assert.match(editor, /window\.wp\.data\b/);
  assert.equal(readFileSync(PLUGIN, 'utf8'), unzip('brio/brio.php'));
});
