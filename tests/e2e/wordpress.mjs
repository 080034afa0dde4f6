// A real WordPress for wordpress.test.mjs, from Debian's packages (scripts/setup.sh installs
// wordpress, mariadb-server, apache2 and libapache2-mod-php): a fresh MariaDB with its own data
// folder on loopback, a copy of WordPress with its own wp-config.php, and Apache on loopback
// with mod_php, each in a temporary folder, each stopped by `stop()` (and at exit, pass or
// fail). Nothing is left running and nothing of the machine's own configuration is touched.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, cpSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A free port on loopback. */
function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); }).on('error', fail);
  });
}

async function until(what, check, timeout = 30000) {
  const start = Date.now();
  for (;;) {
    try { if (await check()) return; } catch { /* not yet */ }
    if (Date.now() - start > timeout) throw new Error(`wordpress.mjs: ${what} did not come up in ${timeout / 1000} s`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });

/** Starts MariaDB, Apache and a fresh WordPress; `url` is the site, `sql(q)` runs a query. */
export async function startWordPress() {
  const dir = mkdtempSync(join(tmpdir(), 'facture-impayee-wp-'));
  const children = [];
  // At exit, pass or fail: whatever is still running is killed, its whole process group.
  const kill = () => {
    for (const child of children) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
    children.length = 0;
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', kill);
  // Stopped as their own shutdown stops them: Apache's parent stops and reaps its workers,
  // MariaDB writes its tables; killed after 10 s if not.
  const stop = async () => {
    for (const child of [...children].reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const gone = new Promise((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      await Promise.race([gone, new Promise((ok) => setTimeout(ok, 10000))]);
    }
    kill();
    process.removeListener('exit', kill);
  };
  try {
    // MariaDB: its own data folder, a socket in it, loopback only.
    const db = join(dir, 'db');
    const socket = join(dir, 'mysql.sock');
    const dbPort = await freePort();
    sh('mariadb-install-db', ['--no-defaults', `--datadir=${db}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db']);
    const mariadb = spawn('mariadbd', ['--no-defaults', `--datadir=${db}`, `--socket=${socket}`, `--port=${dbPort}`, '--bind-address=127.0.0.1', '--user=root', `--pid-file=${join(dir, 'mysql.pid')}`, '--skip-log-bin'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(mariadb);
    let dbLog = '';
    mariadb.stderr.on('data', (d) => { dbLog += d; });
    const sql = (query) => sh('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-N', '-B', '-e', query]);
    await until(`MariaDB (${dbLog.slice(-300)})`, () => { sql('SELECT 1'); return true; });
    sql("CREATE DATABASE wordpress; CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY 'motdepasse-de-test'; GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';");

    // WordPress: Debian's files, copied, with a wp-config.php of our own (Debian's reads
    // /etc/wordpress/config-<host>.php); its content folder writable by Apache's user.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const root = join(dir, 'wordpress');
    cpSync('/usr/share/wordpress', root, { recursive: true, dereference: true });
    if (existsSync('/var/lib/wordpress/wp-content')) cpSync('/var/lib/wordpress/wp-content', join(root, 'wp-content'), { recursive: true, dereference: true, force: true });
    const salt = () => Math.random().toString(36).slice(2).repeat(4);
    writeFileSync(join(root, 'wp-config.php'), `<?php
define('DB_NAME', 'wordpress'); define('DB_USER', 'wordpress'); define('DB_PASSWORD', 'motdepasse-de-test');
define('DB_HOST', '127.0.0.1:${dbPort}'); define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((k) => `define('${k}', '${salt()}');`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', '${url}'); define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content'); define('WP_CONTENT_URL', '${url}/wp-content');
define('FS_METHOD', 'direct'); define('WP_DEBUG', true); define('WP_DEBUG_LOG', '${join(dir, 'debug.log')}');
// Warnings go to the log (wordpress.test.mjs reads it for ours), not into the page: WordPress's
// own, when it cannot reach WordPress.org for updates, once came before the headers of the
// activation's redirect, and the administrator was left on a blank page.
define('WP_DEBUG_DISPLAY', false); @ini_set('display_errors', '0');
define('AUTOMATIC_UPDATER_DISABLED', true); define('WP_HTTP_BLOCK_EXTERNAL', true);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`);
    sh('chown', ['-R', 'www-data:www-data', dir]);

    // Apache: its modules from Debian, its configuration ours, loopback only.
    const modules = '/usr/lib/apache2/modules';
    const php = sh('sh', ['-c', `ls ${modules}/libphp*.so | head -n 1`]).trim();
    writeFileSync(join(dir, 'apache.conf'), `ServerRoot ${dir}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${join(dir, 'apache.pid')}
ErrorLog ${join(dir, 'apache-error.log')}
LogFormat "%t \\"%r\\" %>s %{ms}Tms" timed
CustomLog ${join(dir, 'apache-access.log')} timed
User www-data
Group www-data
${['mpm_prefork', 'authz_core', 'dir', 'mime', 'rewrite', 'headers', 'alias', 'setenvif', 'env'].map((m) => `LoadModule ${m}_module ${modules}/mod_${m}.so`).join('\n')}
LoadModule php_module ${php}
TypesConfig /etc/mime.types
DirectoryIndex index.php index.html
DocumentRoot ${root}
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${root}>
  AllowOverride All
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`);
    const apache = spawn('apache2', ['-f', join(dir, 'apache.conf'), '-DFOREGROUND'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(apache);
    let apacheLog = '';
    apache.stderr.on('data', (d) => { apacheLog += d; });
    await until(`Apache (${apacheLog.slice(-300)})`, async () => (await fetch(`${url}/wp-admin/install.php`)).status < 500);

    // WordPress's own installation, as its installer's form posts it.
    const install = await fetch(`${url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ weblog_title: 'Cabinet Exemple', user_name: 'admin', admin_password: 'Mot-de-passe-admin-2026', admin_password2: 'Mot-de-passe-admin-2026', pw_weak: 'on', admin_email: 'admin@exemple.fr', blog_public: '0', language: '' }),
    });
    const text = await install.text();
    if (!/Success|Succès|wp-login\.php/.test(text)) throw new Error(`wordpress.mjs: WordPress's installation did not succeed: ${text.slice(0, 500)}`);
    const log = () => [join(dir, 'apache-error.log'), join(dir, 'debug.log')].filter(existsSync).map((f) => readFileSync(f, 'utf8')).join('\n');
    // Each request Apache served, with its time: what a test that waited too long says.
    const requests = () => (existsSync(join(dir, 'apache-access.log')) ? readFileSync(join(dir, 'apache-access.log'), 'utf8') : '');
    // A must-use plugin of the test's own, written (or, with null, removed) in wp-content/mu-plugins.
    const mustUse = (name, php) => {
      const file = join(root, 'wp-content', 'mu-plugins', `${name}.php`);
      if (php === null) { rmSync(file, { force: true }); return; }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, php);
    };
    return { url, sql: (q) => sql(`USE wordpress; ${q}`), stop, log, requests, mustUse, admin: { user: 'admin', password: 'Mot-de-passe-admin-2026' } };
  } catch (e) {
    await stop();
    throw e;
  }
}
