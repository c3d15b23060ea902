// Short labels for how a safety answer changed one step, shown on the step; the full sentence
// sits in the plan's "how your answers change this plan" part.
const labels: Readonly<Record<string, string>> = {
  'gentle-pressure': 'lighter pressure, shorter holds',
  'gentle-pressure-no-heat': 'lighter pressure, no heat',
  'fragile-bones': 'no body weight on a ball over ribs or spine',
  pregnancy: 'no belly pressure, not flat on your back',
  'no-belly-pressure': 'no pressure on the belly',
  'no-leg-pressure': 'no pressure on the legs',
  'skip-marked-area': 'keeps clear of the areas you marked',
  'avoid-operated-area': 'keeps clear of the operated area',
};

/** "Changed for your safety: lighter pressure, shorter holds", or null for no change. */
export function stepChangeWords(precautionIds: readonly string[]): string | null {
  const words = [...new Set(precautionIds)].map((id) => labels[id] ?? 'made gentler');
  return words.length === 0 ? null : `Changed for your safety: ${words.join('; ')}`;
}

/** One precaution's short label, such as "no pressure on the belly"; the id when unknown. */
export const precautionLabel = (id: string): string => labels[id] ?? id;
