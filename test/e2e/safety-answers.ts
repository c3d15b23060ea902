// Answering the safety screen in a browser test the way a person does, for every spec that
// walks it: "No" unless told otherwise, numbers typed, buttons found by their group and name.
import type { Page } from 'playwright-core';
import type { SafetyTopic } from '../../src/content/safety-questions.js';

/** What to say to each question, by id; a question left out is answered "No". */
export type Said = Readonly<Record<string, 'Yes' | 'No' | 'Not sure' | number>>;

/** Answers one topic with the mouse: "No" unless `said` says otherwise; numbers typed. */
export async function answerTopic(page: Page, topic: SafetyTopic, said: Said): Promise<void> {
  for (const question of topic.questions) {
    const wanted = said[question.id] ?? (question.answer.kind === 'number' ? undefined : 'No');
    if (wanted === undefined) continue;
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
