import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { tagsNamed, textOf } from '../body-map/rendered-markup.js';
import { AccountPage } from './AccountPage.js';
import { PasswordField } from './PasswordField.js';

describe('the account page, signed out', () => {
  const markup = renderToStaticMarkup(<AccountPage />);

  it('has one main heading and says no account is needed, in plain words', () => {
    expect(markup.match(/<h1[ >]/g)).toHaveLength(1);
    const text = textOf(markup);
    expect(text).toContain(
      'You do not need an account. Everything works on this device without one',
    );
    const intro = textOf(
      markup.slice(
        markup.indexOf('<p class="lead">'),
        markup.indexOf('<div class="account-card">'),
      ),
    );
    expect(fleschKincaidGrade(intro)).toBeLessThanOrEqual(8);
  });

  it('offers sign in first, with labelled email and password fields a password manager understands', () => {
    const inputs = tagsNamed(markup, 'input');
    expect(inputs.find((i) => i.type === 'email')?.autoComplete).toBe('username');
    expect(inputs.find((i) => i.type === 'password')?.autoComplete).toBe('current-password');
    const labels = tagsNamed(markup, 'label')
      .map((l) => l.for)
      .filter(Boolean);
    for (const input of inputs.filter((i) => i.type !== 'checkbox'))
      expect(labels).toContain(input.id);
    expect(tagsNamed(markup, 'button').find((b) => b['aria-pressed'] === 'true')).toBeDefined();
  });
});

describe('a new password field', () => {
  it('lists the rules under the field, tied to it for screen readers, before anything is sent', () => {
    const markup = renderToStaticMarkup(
      <PasswordField
        label="Password"
        value="short"
        onChange={() => {}}
        autoComplete="new-password"
        rulesFor="ana@example.org"
      />,
    );
    const input = tagsNamed(markup, 'input').find((i) => i.autoComplete === 'new-password');
    const list = tagsNamed(markup, 'ul')[0];
    expect(input?.['aria-describedby']).toBe(list?.id);
    expect(textOf(markup)).toMatch(/At least 10 characters \(5 so far\)\s*: not yet/);
    expect(textOf(markup)).toContain('Not a common password');
  });
});
