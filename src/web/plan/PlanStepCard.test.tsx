import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { validatePlanRequest } from '../../core/contracts/plan.js';
import { buildPlan } from '../../core/plan/index.js';
import { tagsNamed, textOf } from '../body-map/rendered-markup.js';
import { PlanStepCard } from './PlanStepCard.js';

// A real plan: pain in the left low back and top of the hamstring, a tennis ball on the floor,
// blood thinners (so the steps are made gentler), and a left foot that turns out.
const checked = validatePlanRequest({
  regions: [
    { id: 'low-back-left', intensity: 6 },
    { id: 'thigh-back-upper-left', intensity: 5 },
  ],
  answers: { age: 40, 'blood-thinners': true },
  preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'small', minutes: 20 },
  psoasCheck: { footTurnsOut: 'left', shoulderLower: 'none' },
});
if (!checked.ok) throw new Error(checked.message);
const plan = buildPlan(checked.value);
const point = plan.steps.find((step) => step.kind === 'trigger-point')!;
const release = plan.steps.find((step) => step.kind === 'mobilisation')!;

const render = (step = point, number = 1) =>
  renderToStaticMarkup(<PlanStepCard step={step} number={number} />);

describe('a step of the plan, as a card', () => {
  it('shows the tool, the dose and why the step is there', () => {
    const text = textOf(render());
    expect(text).toContain('Step 1 of the method · Left side');
    expect(text).toContain('Tool Fists and knuckles');
    expect(text).toMatch(/Dose Hold 6 seconds, 3 times/);
    expect(text).toContain(`Why this step: ${point.why}`);
  });

  it('draws the position and the point on the worked side only', () => {
    const markup = render();
    const pictures = tagsNamed(markup, 'svg').filter((svg) => svg.role === 'img');
    expect(pictures).toHaveLength(2);
    expect(pictures[1]?.['aria-label']).toMatch(/\(left\)/);
  });

  it('says how the safety answers changed it', () => {
    expect(textOf(render())).toContain('Changed for your safety: lighter pressure, shorter holds');
  });

  it('draws only the position for a release, which presses no point', () => {
    const markup = render(release, 2);
    expect(tagsNamed(markup, 'svg').filter((svg) => svg.role === 'img')).toHaveLength(1);
    expect(textOf(markup)).toContain('Tool Nothing: just you');
    expect(textOf(markup)).not.toContain('Point ');
  });

  it('names the step with its number for a screen reader', () => {
    const markup = render(point, 3);
    expect(tagsNamed(markup, 'article')[0]?.['aria-labelledby']).toBe('plan-step-3');
    expect(textOf(markup)).toContain(`Step 3: ${point.title}`);
  });

  it("carries the technique's own safety lines, such as the nerve warning", () => {
    const warned = validatePlanRequest({
      regions: [{ id: 'buttock-lower-left', intensity: 6 }],
      answers: { age: 40, 'pain-weeks': 3 },
      preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'medium', minutes: 30 },
    });
    if (!warned.ok) throw new Error(warned.message);
    const steps = buildPlan(warned.value).steps.filter((step) => step.safety.length > 0);
    expect(steps.length).toBeGreaterThan(0);
    const text = textOf(render(steps[0]));
    expect(text).toContain('Take care');
    for (const line of steps[0]!.safety) expect(text).toContain(line);
    // A step without lines of its own shows none.
    const plain = plan.steps.find((step) => step.safety.length === 0);
    if (plain) expect(textOf(render(plain))).not.toContain('Take care');
  });
});
