// The steps of the check shared by perf/lighthouse-journey.mjs and perf/bytes.mjs: who answers
// (20 or 21, in care at 18 for years, at university, looked after by Lancashire, living in
// Lancaster; "I'm not sure" to everything else) and how each kind of question is answered.

/** The answers by question id; the date of birth makes the person 21 on `today`. */
export const answers = (today) => ({
  date_of_birth: [today.getDate(), today.getMonth() + 1, today.getFullYear() - 21],
  in_care_at_18: 'Yes',
  weeks_in_care_since_14: '150',
  care_placement: 'With foster carers',
  main_activity: 'A university course, or another higher education course',
  moving_into_own_home: 'No',
  responsible_council: 'Lancashire',
  council_of_residence: 'Lancaster',
});

/** True when every Vaadin client on the page has no request in flight (run in the page). */
export const idle = () =>
  !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients &&
    Object.keys(window.Vaadin.Flow.clients).length > 0 &&
    Object.values(window.Vaadin.Flow.clients).every((c) => !c.isActive()));

/** Answers the question on screen with `answer` ("I'm not sure" when undefined) and continues. */
export async function answerCurrentQuestion(page, answer) {
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
}
