// Chromium's own byte counts for the web UI's pages (a measurement, not a test): what a new user
// downloads, counted by the browser (CDP Network.loadingFinished: encodedDataLength, headers
// included, so "over the wire"). Run by perf/bytes.sh, which starts the product; usage:
//   node bytes.mjs BASE_URL OUT_DIR   (CHROME_PATH and CHROME_FLAGS from the environment)
// Measures, each in a fresh browser profile (cold cache):
//   - the start page, a first question (/check), Lancashire's offer (/councils/LAN): every request
//     until the page is loaded and Vaadin is idle;
//   - the journey of perf/lighthouse-journey.mjs (a 21-year-old Lancashire care leaver at
//     university): the bytes of each answer (click "Continue" until the next question is shown),
//     and of "See your results" (the results page after the shell: the shell's scripts are cached);
// and saves the results page's UI update (UIDL) as OUT_DIR/results-uidl.json with a summary of
// what it is made of.
import puppeteer from 'puppeteer-core';
import { writeFileSync } from 'node:fs';
import { answers, answerCurrentQuestion, idle } from './journey-steps.mjs';

const base = process.argv[2].replace(/\/$/, '');
const out = process.argv[3] || '.';

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: (process.env.CHROME_FLAGS || '--headless --no-sandbox').split(' '),
});

/** Counts every response of a page from now on, by resource type; keeps UIDL bodies if asked. */
async function meter(page, keepBodies = false) {
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  const requests = new Map();
  const done = [];
  // A module preloaded and then imported comes back under the same id: keep what it received.
  cdp.on('Network.requestWillBeSent', (e) =>
    requests.set(e.requestId, {
      ...requests.get(e.requestId),
      url: e.request.url,
      type: e.type,
      method: e.request.method,
    }));
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) {
      r.status = e.response.status;
      r.encoding = (e.response.headers['content-encoding'] || e.response.headers['Content-Encoding'] || '');
      r.fromCache = e.response.fromDiskCache || e.response.fromServiceWorker;
    }
  });
  // Chunks as they arrive: for a script that was also preloaded, loadingFinished can report 0.
  cdp.on('Network.dataReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.received = (r.received || 0) + e.encodedDataLength;
  });
  cdp.on('Network.loadingFinished', async (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.bytes = Math.max(e.encodedDataLength, r.received || 0);
    if (keepBodies && r.url.includes('v-r=uidl')) {
      try {
        r.body = (await cdp.send('Network.getResponseBody', { requestId: e.requestId })).body;
      } catch (err) {
        r.body = null;
      }
    }
    done.push(r);
  });
  return {
    // For a module Vite preloads and then imports, CDP can report 0 bytes; the page's own Resource
    // Timing (transferSize: headers and body as received) has the figure then.
    async take() {
      const timing = await page.evaluate(() =>
        performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
          .map((e) => [e.name, e.transferSize]));
      const sent = new Map(timing);
      const taken = done.splice(0);
      for (const r of taken) if (!r.bytes && sent.get(r.url)) r.bytes = sent.get(r.url);
      const sum = (f) => taken.filter(f).reduce((s, r) => s + r.bytes, 0);
      return {
        requests: taken.length,
        bytes: sum(() => true),
        js: sum((r) => r.type === 'Script'),
        uidl: sum((r) => r.url.includes('v-r=uidl')),
        list: taken,
      };
    },
  };
}

async function settle(page) {
  await page.waitForFunction(idle, { timeout: 60000 });
  await new Promise((r) => setTimeout(r, 500));
  await page.waitForFunction(idle, { timeout: 60000 });
}

async function cold(path) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const m = await meter(page);
  await page.goto(base + path, { waitUntil: 'networkidle0' });
  await settle(page);
  const t = await m.take();
  await context.close();
  return t;
}

const kb = (b) => (b / 1024).toFixed(1) + ' KB';
const rows = [];
const detail = {};
for (const [name, path] of [['start page /', '/'], ['a question /check', '/check'], ["Lancashire's offer /councils/LAN", '/councils/LAN']]) {
  const t = await cold(path);
  rows.push([name + ' (cold)', t.requests, kb(t.bytes), kb(t.js), kb(t.uidl)]);
  detail[name] = t.list.map(({ url, type, status, encoding, bytes }) => ({ url: url.replace(base, ''), type, status, encoding, bytes }));
}

// The journey: the start page once (cold), then each answer and the results, the shell cached.
const context = await browser.createBrowserContext();
const page = await context.newPage();
const m = await meter(page, true);
await page.goto(base + '/', { waitUntil: 'networkidle0' });
await settle(page);
await m.take();
await page.click('#start-now');
await page.waitForFunction(() => location.pathname.includes('/check/question/'));
await settle(page);
let t = await m.take();
rows.push(['"Start now" to the first question', t.requests, kb(t.bytes), kb(t.js), kb(t.uidl)]);
const perQuestion = [];
for (let i = 0; i < 30 && page.url().includes('/check/question/'); i++) {
  const url = page.url();
  const id = url.split('/check/question/')[1].split('?')[0];
  await answerCurrentQuestion(page, answers(new Date())[id]);
  await page.waitForFunction((before) => location.href !== before, {}, url);
  await settle(page);
  t = await m.take();
  perQuestion.push(t.bytes);
  rows.push([`answer ${id}`, t.requests, kb(t.bytes), kb(t.js), kb(t.uidl)]);
}
if (!page.url().endsWith('/check/answers')) throw new Error('journey stopped at ' + page.url());
await page.click('#see-results');
await page.waitForFunction(() => location.pathname.endsWith('/check/results'));
await settle(page);
t = await m.take();
rows.push(['"See your results": the results page after the shell', t.requests, kb(t.bytes), kb(t.js), kb(t.uidl)]);
const resultsUidl = t.list.filter((r) => r.url.includes('v-r=uidl') && r.body);
writeFileSync(`${out}/results-uidl.json`, resultsUidl.map((r) => r.body.replace(/^for\(;;\);/, '')).join('\n'));
await context.close();
await browser.close();

console.log('| what | requests | over the wire | of it JavaScript | of it UI updates (UIDL) |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log('| ' + r.join(' | ') + ' |');
console.log(`\neach next question: ${kb(Math.min(...perQuestion))} to ${kb(Math.max(...perQuestion))} (median ${kb(perQuestion.sort((a, b) => a - b)[Math.floor(perQuestion.length / 2)])})`);
writeFileSync(`${out}/bytes.json`, JSON.stringify({ rows, detail }, null, 1));
