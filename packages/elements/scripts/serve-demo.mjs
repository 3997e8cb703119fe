// SPDX-License-Identifier: MIT
// Serves the demo page on localhost, as a council's site would: the CDN files, the published
// framework files, and the page, under a strict Content-Security-Policy with Trusted Types.
// Usage: node scripts/serve-demo.mjs [--port 8000] [--check]  (--check: start, fetch the page, stop)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const elements = resolve(fileURLToPath(import.meta.url), '../..');
const core = resolve(elements, '../core');

export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

// GOV.UK Frontend for the GOV.UK page (a devDependency): its stylesheet, and its fonts where its @font-face rules look (/assets/).
const govukFrontend = [join(elements, 'node_modules/govuk-frontend'), join(elements, '../../node_modules/govuk-frontend')].find((dir) => existsSync(dir));
const govuk = govukFrontend ? join(govukFrontend, 'dist/govuk') : undefined;

const roots = [
  ['/cdn/', join(elements, 'dist/cdn')],
  ...(govuk ? [['/govuk-frontend/', govuk], ['/assets/', join(govuk, 'assets')]] : []),
  ['/frameworks/', join(core, 'frameworks')],
  ['/demo/', join(elements, 'demo')],
];

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8', '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon' };

function fileFor(pathname) {
  if (pathname === '/' || pathname === '/index.html') return join(elements, 'demo/index.html');
  if (pathname === '/framework.html') return join(elements, 'demo/framework.html');
  if (pathname === '/govuk.html') return join(elements, 'demo/govuk.html');
  if (pathname === '/area.html') return join(elements, 'demo/area.html');
  for (const [prefix, dir] of roots) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(dir)) return undefined;
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  }
  return undefined;
}

/** The GOV.UK page's form posts here: the page says what the server received and what its checks found. */
async function answerGovukPost(req, res, headers) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 10 * 1024 * 1024) {
      res.writeHead(413, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Too large');
      return;
    }
    chunks.push(chunk);
  }
  const { receivedPage } = await import('../demo/govuk-received.mjs');
  res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
  res.end(receivedPage(Buffer.concat(chunks).toString('utf8')));
}

export function startDemoServer({ port = 8000, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = fileFor(pathname);
    const headers = { 'Content-Security-Policy': DEMO_CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    if (req.method === 'POST' && pathname === '/govuk-received') return answerGovukPost(req, res, headers);
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (!existsSync(join(elements, 'dist/cdn/apq-elements.js'))) {
    console.error('The CDN build is missing: run `npm run build` first.');
    process.exit(1);
  }
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  let port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 8000));
  let server;
  for (let attempt = 0; attempt < 20 && !server; attempt++) {
    try {
      server = await startDemoServer({ port });
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
      port += 1;
    }
  }
  const url = `http://localhost:${server.address().port}/`;
  if (args.includes('--check')) {
    const response = await fetch(url);
    console.log(`${response.status} ${url}`);
    server.close();
    process.exit(response.ok ? 0 : 1);
  }
  console.log(`The demo page is at ${url}`);
  console.log(`  the AP Quality Toolkit:   ${url}?framework=ap-quality-toolkit&version=2.0.0`);
  console.log(`  the Leicestershire QA:    ${url}?framework=leicestershire-bp-qa&version=1.0.0`);
  console.log(`  on a GOV.UK Frontend page: ${url}govuk.html`);
  console.log(`  an area overview:         ${url}area.html`);
  console.log('Press Ctrl+C to stop.');
}
