// Small line drawings of each tool of the contract, so a person can match the name to the
// thing in their drawer. Decorative: the tool's name always sits beside the picture.
import type { ReactNode } from 'react';
import type { ToolId } from '../../../core/spec/index.js';

const ink = { stroke: 'currentColor', strokeWidth: 2.5, strokeLinejoin: 'round' } as const;
const line = { ...ink, fill: 'none', strokeLinecap: 'round' } as const;

function Ball({ cx, cy, r, fill }: { cx: number; cy: number; r: number; fill: string }) {
  return <circle cx={cx} cy={cy} r={r} fill={fill} {...ink} />;
}

const drawings: Readonly<Record<ToolId, ReactNode>> = {
  fists: (
    <>
      <path
        d="M16 26 q0-6 6-6 h22 q6 0 6 6 v14 q0 10-10 10 h-16 q-8 0-8-8 z"
        fill="#f3d9c4"
        {...ink}
      />
      <path d="M27 20 v10 M35 20 v10 M43 21 v9" {...line} />
      <path d="M16 34 q8-2 14 3" {...line} />
    </>
  ),
  thumbs: (
    <>
      <path
        d="M20 32 h8 l4-14 q2-6 7-4 q3 2 1 9 l-2 9 h10 q5 0 4 5 l-3 12 q-1 5-6 5 h-15 q-4 0-5-3 z"
        fill="#f3d9c4"
        {...ink}
      />
      <path d="M20 32 v22 h6 v-22 z" fill="#f3d9c4" {...ink} />
    </>
  ),
  fingers: (
    <>
      <path
        d="M18 56 v-18 q0-4 4-4 v-16 q0-4 4-4 t4 4 v12 v-16 q0-4 4-4 t4 4 v16 v-12 q0-4 4-4 t4 4 v20 q0 12-10 14 h-8 q-10 0-10-8 z"
        fill="#f3d9c4"
        {...ink}
      />
      <circle cx="26" cy="14" r="2" fill="currentColor" />
      <circle cx="34" cy="10" r="2" fill="currentColor" />
      <circle cx="42" cy="14" r="2" fill="currentColor" />
    </>
  ),
  'tennis-ball': (
    <>
      <Ball cx={32} cy={32} r={20} fill="#d9e85a" />
      <path d="M15 22 q12 10 0 22 M49 22 q-12 10 0 22" {...line} />
    </>
  ),
  'lacrosse-ball': (
    <>
      <Ball cx={32} cy={32} r={18} fill="#f4f1ea" />
      <path d="M22 24 q4-6 10-7" {...line} />
    </>
  ),
  'racquet-ball': (
    <>
      <Ball cx={32} cy={34} r={14} fill="#6fa8dc" />
      <path d="M25 29 q3-4 7-5" {...line} />
    </>
  ),
  'two-balls-sock': (
    <>
      <path
        d="M10 22 h40 q8 0 8 10 t-8 10 h-40 q-4 0-4-4 v-12 q0-4 4-4 z"
        fill="#ece6da"
        {...ink}
      />
      <Ball cx={22} cy={32} r={8} fill="#d9e85a" />
      <Ball cx={44} cy={32} r={8} fill="#d9e85a" />
      <path d="M6 26 v12" {...line} />
    </>
  ),
  'massage-block': (
    <>
      <path d="M12 40 l10-14 h20 l10 14 z" fill="#c9a77c" {...ink} />
      <path d="M12 40 h40 v8 h-40 z" fill="#a9855a" {...ink} />
    </>
  ),
  'small-dumbbell': (
    <>
      <path d="M22 32 h20" {...line} strokeWidth={4} />
      <rect x="10" y="22" width="12" height="20" rx="3" fill="#8b938d" {...ink} />
      <rect x="42" y="22" width="12" height="20" rx="3" fill="#8b938d" {...ink} />
    </>
  ),
  bolster: (
    <>
      <path d="M14 22 h36 a6 10 0 0 1 0 20 h-36 a6 10 0 0 1 0-20 z" fill="#b9cfc0" {...ink} />
      <ellipse cx="14" cy="32" rx="6" ry="10" fill="#d7e5da" {...ink} />
    </>
  ),
};

export function ToolPicture({ tool, className }: { tool: ToolId; className?: string }) {
  return (
    <svg
      viewBox="0 0 64 64"
      width="64"
      height="64"
      className={className}
      aria-hidden="true"
      focusable="false"
      data-tool={tool}
    >
      {drawings[tool]}
    </svg>
  );
}
