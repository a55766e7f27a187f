// Walks the check in a headless Chromium (puppeteer-core, which Lighthouse ships with) to reach a
// results page, and prints the session cookie, so perf/lighthouse.sh can measure that page cold
// with Lighthouse's own Chrome. The person: 20, in care at 18 for years, at university, looked
// after by Lancashire, living in Lancaster; "I'm not sure" to everything else.
// Usage: node lighthouse-journey.mjs BASE_URL   (CHROME_PATH and CHROME_FLAGS from the environment)
import puppeteer from 'puppeteer-core';

const base = process.argv[2].replace(/\/$/, '');
const today = new Date();
const answers = {
  date_of_birth: [today.getDate(), today.getMonth() + 1, today.getFullYear() - 21],
  in_care_at_18: 'Yes',
  weeks_in_care_since_14: '150',
  care_placement: 'With foster carers',
  main_activity: 'A university course, or another higher education course',
  moving_into_own_home: 'No',
  responsible_council: 'Lancashire',
  council_of_residence: 'Lancaster',
};
const idle = () =>
  !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients &&
    Object.keys(window.Vaadin.Flow.clients).length > 0 &&
    Object.values(window.Vaadin.Flow.clients).every((c) => !c.isActive()));

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
    const answer = answers[id];
    if (answer === undefined && (await page.$('#not-sure'))) {
      await page.click('#not-sure');
    } else if (await page.$('#day')) {
      await page.type('#day input', String(answer[0]));
      await page.type('#month input', String(answer[1]));
      await page.type('#year input', String(answer[2]));
      await page.click('#continue');
    } else if (await page.$('vaadin-integer-field#answer')) {
      await page.type('#answer input', answer);
      await page.click('#continue');
    } else if (await page.$('vaadin-combo-box#answer')) {
      await page.type('#answer input', answer);
      await page.waitForSelector('vaadin-combo-box-item');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForFunction(idle);
      await page.click('#continue');
    } else {
      await page.evaluate((text) => {
        for (const label of document.querySelectorAll('#answer vaadin-radio-button label')) {
          if (label.textContent.trim() === text) label.click();
        }
      }, answer ?? "I'm not sure");
      await page.waitForFunction(idle);
      await page.click('#continue');
    }
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
