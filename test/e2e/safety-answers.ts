// Answering the safety screen in a browser test the way a person does, for every spec that
// walks it: tap "Yes" or "Not sure" where told, type the numbers, then the screen's one main
// button ("None of these", "Next" or "See my result"); buttons found by their group and name.
import type { Page } from 'playwright-core';
import type { SafetyChecklist } from '../../src/content/safety-questions.js';

/** What to say to each question, by id; a question left out (or "No") is not tapped. */
export type Said = Readonly<Record<string, 'Yes' | 'No' | 'Not sure' | number>>;

/** The screen's main button: "None of these" until something is ticked, then Next or result. */
export const mainButton = (page: Page) =>
  page.getByRole('button', { name: /^(None of these|Next|See my result)$/ });

/** Taps the answers `said` asks for on one checklist, without going on. */
export async function tickAnswers(page: Page, screen: SafetyChecklist, said: Said): Promise<void> {
  for (const question of screen.questions) {
    const wanted = said[question.id];
    if (wanted === undefined || wanted === 'No') continue;
    if (typeof wanted === 'number') {
      await page.getByLabel(question.prompt).fill(String(wanted));
    } else {
      await page
        .getByRole('group', { name: question.prompt })
        .getByRole('button', { name: wanted, exact: true })
        .click();
    }
  }
}

/** Answers one checklist with the mouse as `said` says, then presses its main button. */
export async function answerScreen(page: Page, screen: SafetyChecklist, said: Said): Promise<void> {
  await tickAnswers(page, screen, said);
  await mainButton(page).click();
}
