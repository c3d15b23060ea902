// The player's keys: Space pauses or resumes, the arrows skip and go back, Escape asks to stop.
// Keys typed into a field, or Space and Enter on a button, keep their usual meaning.

export type ShortcutAction = 'toggle-pause' | 'skip' | 'back' | 'stop';

/** What a key press targets, read off the focused element. */
export interface KeyTarget {
  readonly tagName: string;
  readonly type?: string | null;
  readonly role?: string | null;
  readonly editable?: boolean;
}

const fieldTags = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const pressableTags = new Set(['BUTTON', 'A', 'SUMMARY']);
const pressableRoles = new Set(['button', 'link', 'checkbox', 'radio', 'switch', 'menuitem']);

/** The action for `key` on `target`, or null to let the browser handle it. */
export function shortcutFor(
  key: string,
  target: KeyTarget,
  modifiers: { readonly alt?: boolean; readonly ctrl?: boolean; readonly meta?: boolean } = {},
): ShortcutAction | null {
  if (modifiers.alt || modifiers.ctrl || modifiers.meta) return null;
  const tag = target.tagName.toUpperCase();
  // Sliders and text fields use every key, arrows included.
  if (fieldTags.has(tag) || target.editable) return null;
  if (target.role === 'slider' || target.role === 'textbox') return null;
  const pressable = pressableTags.has(tag) || pressableRoles.has(target.role ?? '');
  switch (key) {
    case ' ':
    case 'Spacebar':
      return pressable ? null : 'toggle-pause';
    case 'ArrowRight':
      return 'skip';
    case 'ArrowLeft':
      return 'back';
    case 'Escape':
      return 'stop';
    default:
      return null;
  }
}
