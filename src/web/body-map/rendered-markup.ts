// Reads markup from react-dom/server in tests (no DOM in the node test run): the tags of
// one name with their attributes, and the text with tags stripped.

export type Attributes = Readonly<Record<string, string>>;

const entities: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (entity) => entities[entity] ?? entity);
}

/** Every `<tag ...>` in the markup, as attribute maps, in document order. */
export function tagsNamed(markup: string, tag: string): Attributes[] {
  const found: Attributes[] = [];
  for (const match of markup.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>`, 'g'))) {
    const attributes: Record<string, string> = {};
    for (const [, name, value] of (match[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) {
      attributes[name!] = decodeEntities(value!);
    }
    found.push(attributes);
  }
  return found;
}

/** The visible text of the markup, tags removed and spaces collapsed. */
export function textOf(markup: string): string {
  return decodeEntities(markup.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}
