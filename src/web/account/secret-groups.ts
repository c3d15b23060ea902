// The two-factor secret as people copy it by eye: groups of four letters, easy to keep place.
export function secretGroups(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/** A code as typed: spaces and dashes people add are dropped before it is sent. */
export function typedCode(text: string): string {
  return text.replace(/[\s-]+/g, '');
}
