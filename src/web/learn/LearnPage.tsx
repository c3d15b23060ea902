// The frame of every Learn page: a way back at the top and the bottom, the page's one h1,
// and the short line length that keeps long reading easy on any screen. While the safety screen
// stops self-care, the stop comes first on every page: Learn may teach, never say "do it now".
import type { ReactNode } from 'react';
import { useId } from 'react';
import { Link } from '../router.js';
import { SafetyStopBanner } from '../safety/index.js';
import { learnPaths } from './learn-paths.js';
import './learn.css';

export interface LearnPageProps {
  readonly title: string;
  /** Where "back" leads: Learn itself for its pages, the start for the Learn index. */
  readonly back?: { readonly href: string; readonly label: string };
  readonly children: ReactNode;
}

const backToLearn = { href: learnPaths.index, label: 'Back to Learn' };

function BackLink({ href, label }: { readonly href: string; readonly label: string }) {
  return (
    <p className="learn-back">
      <Link href={href}>
        <span aria-hidden="true">←</span>
        {label}
      </Link>
    </p>
  );
}

export function LearnPage({ title, back = backToLearn, children }: LearnPageProps) {
  const titleId = useId();
  return (
    <section className="page learn" aria-labelledby={titleId}>
      <BackLink {...back} />
      <h1 id={titleId}>{title}</h1>
      <SafetyStopBanner />
      {children}
      <BackLink {...back} />
    </section>
  );
}

/** Where an entry's facts come from, as a short list under a plain label (not a heading,
 * so heading navigation stays about the topics). */
export function SourceList({ sources }: { readonly sources: readonly string[] }) {
  const labelId = useId();
  return (
    <div className="learn-sources">
      <p id={labelId} className="learn-sources__label">
        Sources
      </p>
      <ul className="learn-sources__list" aria-labelledby={labelId}>
        {sources.map((source) => (
          <li key={source}>{source}</li>
        ))}
      </ul>
    </div>
  );
}

/** Where the source article is wrong or vague, the entry says so and cites better sources. */
export function CorrectionNote({
  correction,
}: {
  readonly correction: { readonly text: string; readonly sources: readonly string[] } | undefined;
}) {
  if (correction === undefined) return null;
  return (
    <div className="note learn-correction">
      <p>
        <strong>A correction to the source article.</strong> {correction.text}
      </p>
      <SourceList sources={correction.sources} />
    </div>
  );
}
