/**
 * Serves a built `dist/` with Debian's nginx and `deploy/nginx.conf` as shipped: the file is included in a stock
 * `http {}` block (mime.types, default_type application/octet-stream, like Debian's nginx.conf), and only what
 * names this machine changes — the listen line (a free port on 127.0.0.1, no TLS) and /srv/honor-roll (the site).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => {
  try {
    readFileSync(p);
    return true;
  } catch {
    return false;
  }
});

export interface Nginx {
  url: string;
  close: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const c = connect(port, '127.0.0.1');
    c.once('connect', () => (c.destroy(), resolve(true)));
    c.once('error', () => resolve(false));
  });

/** The shipped server config with the machine-specific lines replaced; fails loudly when a line is not there. */
export function shippedConfig(root: string, port: number): string {
  const conf = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const out = conf.replace(/^\s*listen 443 ssl http2;$/m, `    listen 127.0.0.1:${port};`).replaceAll('/srv/honor-roll', root);
  if (!out.includes(`127.0.0.1:${port}`) || out.includes('/srv/honor-roll')) throw new Error('deploy/nginx.conf: listen line or /srv/honor-roll not found');
  return out;
}

export async function serveWithNginx(root: string): Promise<Nginx> {
  if (!NGINX) throw new Error('nginx 没有安装：运行 bash scripts/ensure-chromium.sh（会用 apt-get 安装 nginx）');
  const dir = mkdtempSync(join(tmpdir(), 'honor-roll-nginx-'));
  const port = await freePort();
  copyFileSync('/etc/nginx/mime.types', join(dir, 'mime.types'));
  writeFileSync(join(dir, 'site.conf'), shippedConfig(root, port));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(dir, t)};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    // As root, nginx's workers would run as nobody and could not read the test's private temp folders.
    `${process.getuid?.() === 0 ? 'user root root;\n' : ''}pid ${join(dir, 'nginx.pid')};\nerror_log ${join(dir, 'error.log')};\nevents {}\nhttp {\n  include mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  ${temp}\n  include ${join(dir, 'site.conf')};\n}\n`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', r));
  for (;;) {
    if (await listening(port)) break;
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('wait'), 100))]);
    if (code !== 'wait') throw new Error(`nginx 没有启动（${String(code)}）：${stderr}${readFileSync(join(dir, 'error.log'), 'utf8')}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      child.kill('SIGQUIT');
      await exited;
    },
  };
}
