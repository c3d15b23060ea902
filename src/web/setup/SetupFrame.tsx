// The frame of the three short screens between the safety check and the plan (tools and place,
// psoas check, what loads your back): where the person is, the heading, and Back and Next.
import type { FormEvent, ReactNode } from 'react';
import { Link } from '../router.js';
import './setup.css';

export const setupParts = ['Tools and place', 'Psoas check', 'What loads your back'] as const;

export interface SetupFrameProps {
  /** 1, 2 or 3: which of the setup screens this is. */
  readonly part: 1 | 2 | 3;
  readonly title: string;
  readonly lead?: ReactNode;
  readonly children: ReactNode;
  readonly backHref: string;
  readonly backText?: string;
  /** Steps back inside the screen instead of following backHref. */
  readonly onBack?: (() => void) | undefined;
  readonly nextText: string;
  readonly onNext: () => void;
  /** Why Next cannot go on yet; read out when it appears. */
  readonly problem?: string | null;
  /** A quiet extra way on, such as "Skip this check". */
  readonly aside?: ReactNode;
}

export function SetupFrame(props: SetupFrameProps) {
  const { part, title, lead, children, backHref, backText = 'Back', nextText, onNext } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onNext();
  };
  return (
    <section className="page setup">
      <p className="setup__part">
        Making your plan: part {part} of {setupParts.length}, {setupParts[part - 1]?.toLowerCase()}
      </p>
      <div className="setup__bar" aria-hidden="true">
        <div
          className="setup__bar-fill"
          style={{ width: `${(part / setupParts.length) * 100}%` }}
        />
      </div>
      <h1>{title}</h1>
      {lead ? <div className="setup__lead">{lead}</div> : null}
      <form className="setup__form" onSubmit={submit} noValidate>
        {children}
        <p className="setup__problem" role="alert">
          {props.problem ?? ''}
        </p>
        <div className="setup__nav">
          {props.onBack ? (
            <button type="button" className="setup__back" onClick={props.onBack}>
              {backText}
            </button>
          ) : (
            <Link href={backHref} className="button setup__back">
              {backText}
            </Link>
          )}
          <button type="submit" className="primary setup__next">
            {nextText}
          </button>
        </div>
        {props.aside ? <div className="setup__aside">{props.aside}</div> : null}
      </form>
    </section>
  );
}
