import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { validatePlanRequest } from '../../core/contracts/plan.js';
import { buildPlan } from '../../core/plan/index.js';
import { textOf } from '../body-map/rendered-markup.js';
import { NoSteps } from './PlanExtras.js';

describe('a plan with no steps', () => {
  it('says why in plain words and offers what can help: rest positions, gentle movement, a clinician', () => {
    const request = validatePlanRequest({
      regions: [{ id: 'chest-left', intensity: 5 }],
      answers: { age: 40 },
      preferences: { tools: ['fists'], places: ['chair'], bodySize: 'medium', minutes: 5 },
    });
    if (!request.ok) throw new Error('the request should be valid');
    const plan = buildPlan(request.value);
    expect(plan.steps).toEqual([]);
    const markup = renderToStaticMarkup(<NoSteps plan={plan} />);
    const text = textOf(markup);
    expect(text).toContain('No steps for now');
    expect(text).toMatch(/doctor/);
    expect(markup).toContain('href="/night"');
    expect(markup).toContain('href="/learn/techniques#releases"');
    expect(text).toContain('Seeing a doctor or physio');
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
  });
});
