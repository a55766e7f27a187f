// Walks the check in a headless Chromium (puppeteer-core, which Lighthouse ships with) to reach a
// results page, and prints the session cookie, so perf/lighthouse.sh can measure that page cold
// with Lighthouse's own Chrome. Who answers, and how: journey-steps.mjs.
// Usage: node lighthouse-journey.mjs BASE_URL   (CHROME_PATH and CHROME_FLAGS from the environment)
import puppeteer from 'puppeteer-core';
import { answers, answerCurrentQuestion, idle } from './journey-steps.mjs';

const base = process.argv[2].replace(/\/$/, '');

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: (process.env.CHROME_FLAGS || '--headless --no-sandbox').split(' '),
});
try {
  const page = await browser.newPage();
  await page.goto(base + '/check');
  await page.waitForFunction(() => location.pathname.includes('/check/question/'));
  await page.waitForFunction(idle);
  for (let i = 0; i < 30 && page.url().includes('/check/question/'); i++) {
    const url = page.url();
    const id = url.split('/check/question/')[1].split('?')[0];
    await answerCurrentQuestion(page, answers(new Date())[id]);
    await page.waitForFunction((before) => location.href !== before, {}, url);
    await page.waitForFunction(idle);
  }
  if (!page.url().endsWith('/check/answers')) throw new Error('journey stopped at ' + page.url());
  await page.click('#see-results');
  await page.waitForFunction(() => location.pathname.endsWith('/check/results'));
  const cookie = (await page.cookies()).find((c) => c.name === 'JSESSIONID');
  if (!cookie) throw new Error('no session cookie');
  console.log(cookie.value);
} finally {
  await browser.close();
}
