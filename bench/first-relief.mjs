// The "first relief" figures for bench/report.md: taps and screens from home to the first hold,
// with each screen's height at 390 px, as test/e2e/first-relief.e2e.ts last measured them.
import { readFileSync } from 'node:fs';

const people = [
  ['quickest', 'New, no red flags, quickest path ("Start now")', '25 taps, 8 screens'],
  ['full', 'New, no red flags, full personalisation first', '(none)'],
  ['returning', 'Returning, safety check current (to the player)', '1 tap'],
];

export function firstReliefLines(path = 'bench/first-relief.json') {
  let figures;
  try {
    figures = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return ['## First relief', '', 'Not measured: run test/e2e/first-relief.e2e.ts first.', ''];
  }
  const rows = people
    .filter(([key]) => figures[key] !== undefined)
    .map(([key, who, budget]) => {
      const walk = figures[key];
      return `| ${who} | ${walk.taps} | ${walk.screens.length} | ${budget} |`;
    });
  const heights = people
    .filter(([key]) => figures[key] !== undefined)
    .flatMap(([key, who]) => [
      '',
      `${who}:`,
      '',
      ...figures[key].screens.map((s) => `- ${s.name.replace(/\|/g, '/')}: ${s.height} px`),
    ]);
  return [
    '## First relief',
    '',
    'From the home screen to the first hold of the first point, in Chromium at 390 x 844, by',
    'accessible role and name (test/e2e/first-relief.e2e.ts). A tap is a click or a number typed;',
    'a screen is a new address or main heading, counting home and the player.',
    '',
    '| person | taps | screens | budget |',
    '| --- | ---: | ---: | --- |',
    ...rows,
    '',
    'Page heights (px) at 390 px wide:',
    ...heights,
    '',
  ];
}
