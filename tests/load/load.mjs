// Drives a running `factcheck serve`: POST /api/check at 50 connections for 60 s (autocannon), then 1,000 uploads
// through POST /api/drafts as fast as the server takes them, then polls until every draft is Checked or Rejected.
// Usage: node tests/load/load.mjs <base-url> [seconds] [connections] [drafts]
import { readFileSync, readdirSync } from 'node:fs';
import { join, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const [base, seconds = '60', connections = '50', drafts = '1000'] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const contentTypes = { '.txt': 'text/plain', '.md': 'text/markdown', '.html': 'text/html' };
const articles = readdirSync(join(here, 'articles')).sort().map(file => ({
  file,
  type: contentTypes[extname(file)],
  body: readFileSync(join(here, 'articles', file), 'utf8'),
}));

const check = await autocannon({
  url: base,
  connections: Number(connections),
  duration: Number(seconds),
  requests: articles.map(a => ({ method: 'POST', path: `/api/check?name=${a.file}`, headers: { 'content-type': a.type }, body: a.body })),
});
const non2xx = check.non2xx;
console.log(JSON.stringify({
  phase: 'check',
  connections: Number(connections),
  seconds: Number(seconds),
  requests: check.requests.total,
  requestsPerSecond: check.requests.average,
  latencyMs: { p50: check.latency.p50, p90: check.latency.p90, p99: check.latency.p99, max: check.latency.max },
  errors: check.errors,
  timeouts: check.timeouts,
  non2xx,
}));

// Uploads: a bounded pool of concurrent clients, each posting its share of drafts.
const total = Number(drafts);
const started = performance.now();
const statuses = new Map();
let next = 0;
let uploadErrors = 0;
async function uploader() {
  while (next < total) {
    const i = next++;
    const article = articles[i % articles.length];
    const name = `load/draft-${String(i).padStart(4, '0')}${extname(article.file)}`;
    // Each draft differs (its own last line), so none is skipped as unchanged.
    const body = `${article.body}\n\nDraft ${i} of the load run.\n`;
    const response = await fetch(`${base}/api/drafts?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'content-type': article.type }, body });
    // 201: checked inline; 202: stored, the check is pending (or a later upload superseded it).
    if (response.status !== 201 && response.status !== 202) {
      uploadErrors++;
      console.error(`upload ${name}: HTTP ${response.status} ${await response.text()}`);
      continue;
    }

    statuses.set(name, (await response.json()).location);
  }
}
await Promise.all(Array.from({ length: Number(connections) }, uploader));
const uploaded = performance.now();

// Poll every article until it is Checked or Rejected (serve checks inline, so one pass normally suffices).
const done = new Map();
for (let pass = 0; done.size < statuses.size && pass < 600; pass++) {
  for (const [name, location] of statuses) {
    if (done.has(name)) continue;
    const response = await fetch(`${base}${location}`);
    if (response.ok) {
      const status = (await response.json()).article.status;
      if (status === 'checked' || status === 'rejected') done.set(name, status);
    }
  }
  if (done.size < statuses.size) await new Promise(r => setTimeout(r, 500));
}
const finished = performance.now();
const counts = {};
for (const status of done.values()) counts[status] = (counts[status] ?? 0) + 1;
console.log(JSON.stringify({
  phase: 'upload',
  drafts: total,
  accepted: statuses.size,
  uploadErrors,
  ended: counts,
  lost: total - done.size,
  uploadSeconds: +((uploaded - started) / 1000).toFixed(1),
  allDoneSeconds: +((finished - started) / 1000).toFixed(1),
}));
process.exit(check.errors + check.timeouts + non2xx + uploadErrors + (total - done.size) > 0 ? 1 : 0);
