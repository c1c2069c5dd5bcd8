// The web app's two budgets, measured on a built app and a running server:
//  1. bytes: the JavaScript a first visit fetches (the entry module and what index.html preloads), gzipped;
//  2. time: from navigation to a usable dashboard for the demo account (its overview and scores on screen),
//     in headless Chromium, after one warm-up load; median, p95 and worst of the runs.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [staticDir, baseUrl, resultsDir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 15);

function bundle() {
  const html = readFileSync(join(staticDir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const gz = (file) => gzipSync(readFileSync(join(staticDir, file)), { level: 9 }).length;
  const all = readdirSync(join(staticDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const kb = (bytes) => Math.round(bytes / 102.4) / 10;
  return {
    initial_js_files: initial,
    initial_js_gzip_kb: kb(initial.reduce((sum, f) => sum + gz(f), 0)),
    all_js_gzip_kb: kb(all.reduce((sum, f) => sum + gz(f), 0)),
    chunks: all.length,
  };
}

async function dashboardLoad() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in`, { waitUntil: 'load' });
    await page.getByLabel(/email/i).fill('demo@lifeos.dev');
    await page.getByLabel(/password/i).fill('lifeos demo');
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const usable = async () => {
      const started = performance.now();
      await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
      await page.locator('#h-habits').waitFor({ state: 'visible' });
      await page.locator('#h-balance', { hasText: '/100' }).waitFor({ state: 'visible' });
      return performance.now() - started;
    };
    await usable(); // warm-up: the server's caches and the browser's disk cache, as for a returning person
    const times = [];
    for (let i = 0; i < runs; i++) {
      times.push(await usable());
    }
    times.sort((a, b) => a - b);
    const at = (q) => Math.round(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]);
    return { runs, median_ms: at(0.5), p95_ms: at(0.95), worst_ms: Math.round(times[times.length - 1]) };
  } finally {
    await browser.close();
  }
}

const result = { measured_at: new Date().toISOString(), bundle: bundle(), dashboard: await dashboardLoad() };
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, 'web-latest.json'), JSON.stringify(result, null, 2) + '\n');
const b = result.bundle, d = result.dashboard;
writeFileSync(join(resultsDir, 'web-latest.md'), `# Web app: bundle and dashboard load

Measured ${result.measured_at} by \`bench/web/run\`.

| budget | goal | measured | met |
| --- | --- | --- | --- |
| JavaScript of a first load (entry + preloaded modules), gzipped | ≤ 250 KB | ${b.initial_js_gzip_kb} KB (${b.initial_js_files.length} files) | ${b.initial_js_gzip_kb <= 250 ? 'yes' : 'no'} |
| demo dashboard usable after navigation (overview and scores on screen), headless Chromium, ${d.runs} loads after a warm-up | ≤ 1.5 s | median ${d.median_ms} ms, p95 ${d.p95_ms} ms, worst ${d.worst_ms} ms | ${d.p95_ms <= 1500 ? 'yes' : 'no'} |

All JavaScript of the app: ${b.all_js_gzip_kb} KB gzipped in ${b.chunks} chunks, each screen's loaded with it.
`);
console.log(JSON.stringify(result, null, 2));
