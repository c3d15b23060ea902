import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts.js';

const page = { tagName: 'H1' };

describe('player keys', () => {
  it('pause or resume with Space, skip with the right arrow, go back with the left, stop with Escape', () => {
    expect(shortcutFor(' ', page)).toBe('toggle-pause');
    expect(shortcutFor('ArrowRight', page)).toBe('skip');
    expect(shortcutFor('ArrowLeft', page)).toBe('back');
    expect(shortcutFor('Escape', page)).toBe('stop');
    expect(shortcutFor('a', page)).toBeNull();
  });

  it('leave Space to a focused button, so it presses that button once', () => {
    expect(shortcutFor(' ', { tagName: 'BUTTON' })).toBeNull();
    expect(shortcutFor(' ', { tagName: 'DIV', role: 'button' })).toBeNull();
    expect(shortcutFor('ArrowRight', { tagName: 'BUTTON' })).toBe('skip');
  });

  it('leave every key to sliders, lists and text fields', () => {
    for (const target of [
      { tagName: 'INPUT', type: 'range' },
      { tagName: 'SELECT' },
      { tagName: 'TEXTAREA' },
      { tagName: 'DIV', editable: true },
      { tagName: 'DIV', role: 'slider' },
    ]) {
      expect(shortcutFor('ArrowLeft', target)).toBeNull();
      expect(shortcutFor(' ', target)).toBeNull();
    }
  });

  it('leave key combinations to the browser', () => {
    expect(shortcutFor('ArrowLeft', page, { alt: true })).toBeNull();
    expect(shortcutFor('ArrowRight', page, { ctrl: true })).toBeNull();
  });
});
