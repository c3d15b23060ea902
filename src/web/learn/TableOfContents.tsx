// A short "On this page" list of in-page links, for the long Learn pages.
import { useId } from 'react';

export interface ContentsEntry {
  readonly id: string;
  readonly title: string;
}

export function TableOfContents({ entries }: { readonly entries: readonly ContentsEntry[] }) {
  const labelId = useId();
  return (
    <nav className="learn-toc" aria-labelledby={labelId}>
      <p id={labelId} className="learn-toc__label">
        On this page
      </p>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
