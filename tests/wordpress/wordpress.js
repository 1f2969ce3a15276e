// A real WordPress for the plugin's test, started from nothing and removed afterwards, offline:
// Debian's `wordpress` package over `php -S` (with tests/wordpress/router.php), a MariaDB server
// of its own (`mariadb-install-db` in a temporary folder, `mariadbd` on 127.0.0.1), Debian's
// per-site config file in /etc/wordpress naming that database and a wp-content folder in the
// same temporary folder, installed by a POST to wp-admin/install.php?step=2. The plugin is
// unzipped into that wp-content. Anything that cannot start throws, with the log that says why:
// the test fails, it never skips. `make wordpress-tools` installs the packages.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROUTER = fileURLToPath(new URL('./router.php', import.meta.url));
export const WORDPRESS_ROOT = '/usr/share/wordpress';
const CONFIG_DIR = '/etc/wordpress';

const TOOLS = ['php', 'mariadbd', 'mariadb-install-db', 'mariadb', 'mariadb-admin', 'unzip'];

/** The WordPress version Debian installed, from wp-includes/version.php. */
export function wordpressVersion() {
  const source = readFileSync(join(WORDPRESS_ROOT, 'wp-includes/version.php'), 'utf8');
  return source.match(/\$wp_version\s*=\s*'([^']+)'/)?.[1] ?? 'unknown';
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

function run(command, args, what) {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${what} failed (${command} ${args.join(' ')}):\n${r.stderr || r.stdout || r.error}`);
  return r.stdout;
}

function tail(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Polls `ready` until it holds, or throws after `ms` or as soon as `child` exits. */
async function waitFor(ready, { child, what, log, ms = 60_000 }) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${tail(log)}`);
    if (await ready()) return;
    await sleep(200);
  }
  throw new Error(`${what} did not start within ${ms / 1000} s:\n${tail(log)}`);
}

/**
 * Starts WordPress with the plugin zip unzipped (not activated: the test does that as an
 * administrator would). Resolves to { origin, admin, version, timings, stop() }.
 * @param {{ pluginZip: string }} options
 */
export async function startWordPress({ pluginZip }) {
  const missing = TOOLS.filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0);
  if (missing.length || !existsSync(join(WORDPRESS_ROOT, 'wp-config.php'))) {
    throw new Error(`missing ${missing.join(', ') || 'Debian’s wordpress package'}: run \`make wordpress-tools\``);
  }
  if (!existsSync(pluginZip)) throw new Error(`${pluginZip} is missing: run \`make wordpress-plugin\``);

  const timings = {};
  let t0 = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), 'brio-wp-'));
  const name = `brio-test-${randomBytes(6).toString('hex')}`;
  const configFile = join(CONFIG_DIR, `config-${name}.php`);
  const children = [];

  // Whatever happens, the processes and the folders go: on stop(), and on an exit without it.
  let stopped = false;
  const removeFiles = () => {
    rmSync(configFile, { force: true });
    rmSync(tmp, { recursive: true, force: true });
  };
  // Each server is the leader of its own process group (php -S forks workers): the group goes.
  const killAll = (signal) => {
    for (const child of children) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      try {
        process.kill(-child.pid, signal);
      } catch {
        child.kill(signal);
      }
    }
  };
  const onExit = () => {
    if (stopped) return;
    killAll('SIGKILL');
    removeFiles();
  };
  // The servers are in process groups of their own, out of reach of a Ctrl+C at the terminal:
  // an interrupted run takes them down before it goes.
  const onSignal = (signal) => {
    onExit();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15));
  };
  const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  process.on('exit', onExit);
  for (const s of SIGNALS) process.on(s, onSignal);

  async function stop() {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    for (const s of SIGNALS) process.off(s, onSignal);
    killAll('SIGTERM');
    // mariadbd flushes on SIGTERM; give it time, then make sure.
    await Promise.all(
      children.map(
        (child) =>
          new Promise((ok) => {
            if (child.exitCode !== null || child.signalCode !== null) return ok();
            const timer = setTimeout(() => killAll('SIGKILL'), 20_000);
            child.once('exit', () => {
              clearTimeout(timer);
              ok();
            });
          }),
      ),
    );
    removeFiles();
  }

  try {
    // MariaDB: a data directory of its own, its socket and port used by nobody else.
    const db = join(tmp, 'db');
    const socket = join(tmp, 'mariadb.sock');
    const dbLog = join(tmp, 'mariadb.log');
    const user = userInfo().username;
    run(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${db}`, `--user=${user}`, '--auth-root-authentication-method=normal', '--skip-test-db'],
      'mariadb-install-db',
    );
    const dbPort = await freePort();
    const mariadbd = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${db}`,
        `--socket=${socket}`,
        `--port=${dbPort}`,
        '--bind-address=127.0.0.1',
        '--skip-name-resolve',
        `--pid-file=${join(tmp, 'mariadb.pid')}`,
        `--log-error=${dbLog}`,
        `--user=${user}`,
        '--innodb-buffer-pool-size=64M',
      ],
      { stdio: 'ignore', detached: true },
    );
    children.push(mariadbd);
    const ping = () => spawnSync('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', 'ping'], { stdio: 'ignore' }).status === 0;
    await waitFor(async () => ping(), { child: mariadbd, what: 'mariadbd', log: dbLog });
    const password = randomBytes(12).toString('hex');
    run(
      'mariadb',
      [
        '--no-defaults',
        `--socket=${socket}`,
        '-uroot',
        '-e',
        `CREATE DATABASE wordpress; CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY '${password}'; GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';`,
      ],
      'creating the database',
    );
    timings.mariadb = performance.now() - t0;

    // wp-content in the temporary folder, the plugin unzipped in it.
    t0 = performance.now();
    const content = join(tmp, 'wp-content');
    for (const dir of ['plugins', 'themes', 'uploads']) mkdirSync(join(content, dir), { recursive: true });
    run('unzip', ['-q', pluginZip, '-d', join(content, 'plugins')], 'unzipping the plugin');

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
    const php = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    writeFileSync(
      configFile,
      [
        '<?php',
        `// Written by Brio's WordPress test (tests/wordpress/wordpress.js) for one run; removed after it.`,
        `define('DB_NAME', 'wordpress');`,
        `define('DB_USER', 'wordpress');`,
        `define('DB_PASSWORD', ${php(password)});`,
        `define('DB_HOST', ${php(`127.0.0.1:${dbPort}`)});`,
        `define('WP_HOME', ${php(origin)});`,
        `define('WP_SITEURL', ${php(origin)});`,
        `define('WP_CONTENT_DIR', ${php(content)});`,
        `define('WP_CONTENT_URL', ${php(`${origin}/wp-content`)});`,
        ...salts.map((s) => `define('${s}', ${php(randomBytes(24).toString('hex'))});`),
        // Offline, and nothing running behind the test's back.
        `define('WP_HTTP_BLOCK_EXTERNAL', true);`,
        `define('DISABLE_WP_CRON', true);`,
        `define('AUTOMATIC_UPDATER_DISABLED', true);`,
        `define('WP_DEBUG', true);`,
        `define('WP_DEBUG_DISPLAY', false);`,
        `define('WP_DEBUG_LOG', ${php(join(tmp, 'debug.log'))});`,
        '',
      ].join('\n'),
      { mode: 0o600 },
    );

    const phpLog = join(tmp, 'php.log');
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', WORDPRESS_ROOT, ROUTER], {
      env: { ...process.env, BRIO_WP_CONFIG: name, BRIO_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    children.push(server);
    const phpLines = [];
    server.stderr.on('data', (chunk) => {
      phpLines.push(...String(chunk).split('\n').filter(Boolean));
      writeFileSync(phpLog, `${phpLines.slice(-200).join('\n')}\n`);
    });
    await waitFor(
      async () => {
        try {
          await fetch(`${origin}/wp-login.php`, { redirect: 'manual' });
          return true;
        } catch {
          return false;
        }
      },
      { child: server, what: 'php -S', log: phpLog },
    );

    // The famous five-minute install, as its form posts it.
    const admin = { user: 'admin', password: randomBytes(12).toString('hex') };
    const response = await fetch(`${origin}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: new URLSearchParams({
        weblog_title: 'Brio test',
        user_name: admin.user,
        admin_password: admin.password,
        admin_password2: admin.password,
        pw_weak: 'on',
        admin_email: 'admin@example.invalid',
        blog_public: '0',
        language: '',
      }),
    });
    const page = await response.text();
    if (!response.ok || !/wp-login\.php/.test(page) || !/Success/i.test(page)) {
      throw new Error(`installing WordPress failed (HTTP ${response.status}):\n${page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 2000)}\n${tail(phpLog)}`);
    }
    timings.wordpress = performance.now() - t0;

    return {
      origin,
      admin,
      version: wordpressVersion(),
      timings,
      /** WordPress's PHP notices and warnings so far (WP_DEBUG_LOG). */
      debugLog: () => (existsSync(join(tmp, 'debug.log')) ? readFileSync(join(tmp, 'debug.log'), 'utf8') : ''),
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
