// The therapist's mode of the client's body map: the client's own pain map on the same figure,
// each point found by hand drawn as a dot with its tenderness. Tap a spot (or use the keys)
// to mark a point found there; change or delete one from the list below.
import { useId, useRef, useState } from 'react';
import { endpoints } from '../../../core/contracts/endpoints.js';
import type { Finding } from '../../../core/contracts/therapist-work.js';
import type { View } from '../../../core/spec/index.js';
import { callApi } from '../../api.js';
import {
  MapFigure,
  PointDots,
  pointSpot,
  regionIdsInView,
  ViewTabs,
  views,
} from '../../body-map/index.js';
import { newSessionId } from '../../device/random-id.js';
import { FindingList } from '../../findings/FindingList.js';
import { findingDots } from '../../findings/FindingsFigure.js';
import {
  findingRegions,
  findingTitle,
  pairsAt,
  pointPairs,
  regionSide,
} from '../../findings/finding-words.js';
import { ActionOutcome } from '../../requests/Outcome.js';
import { failureWords } from '../../requests/request-state.js';
import { useAction } from '../../requests/use-action.js';
import { type FindingFields, FindingForm } from './FindingForm.js';
import '../../body-map/body-map.css';
import './findings-editor.css';

type Editing = {
  readonly finding: Finding | null;
  readonly region: { id: string; name: string } | null;
} | null;

const figureLabels: Readonly<Record<View, string>> = {
  back: "Back of the body, seen from behind. Their left is on the left. Shaded areas are the client's pain.",
  front:
    "Front of the body, seen face on. Their left is on the right. Shaded areas are the client's pain.",
};

const firstRegionOf = (view: View): string => regionIdsInView(view)[0]!;

/** Does this finding's dot show on this side of the body? */
const regionView = (finding: Finding, view: View): boolean =>
  pointSpot(findingRegions(finding.triggerPoint), view) !== undefined;

const fieldsOf = (finding: Finding): FindingFields => ({
  pair: finding.triggerPoint.replace(/-(left|right)$/, ''),
  side: finding.side,
  tenderness: finding.tenderness,
  reproducesPain: finding.reproducesPain,
  note: finding.note,
});

export function FindingsEditor(props: {
  readonly clientId: string;
  readonly name: string;
  readonly painMarks: Readonly<Record<string, number>>;
  readonly findings: readonly Finding[];
  readonly onChanged: () => void;
  readonly regionName: (id: string) => string;
}) {
  const { clientId, findings } = props;
  const baseId = useId();
  const [view, setView] = useState<View>('back');
  const [roving, setRoving] = useState<Record<View, string>>({ back: '', front: '' });
  const [editing, setEditing] = useState<Editing>(null);
  const action = useAction();
  const addButton = useRef<HTMLButtonElement>(null);

  const save = (fields: FindingFields) => {
    const id = editing?.finding?.id ?? newSessionId();
    const title = findingTitle({
      triggerPoint: `${fields.pair}-${fields.side}`,
      side: fields.side,
    });
    action.run(
      () =>
        callApi(endpoints.putFinding, {
          params: { clientId, findingId: id },
          body: {
            triggerPoint: `${fields.pair}-${fields.side}`,
            side: fields.side,
            tenderness: fields.tenderness,
            reproducesPain: fields.reproducesPain,
            note: fields.note.trim(),
          },
        }),
      {
        done: () => {
          setEditing(null);
          props.onChanged();
          addButton.current?.focus();
          return `Saved: ${title}.`;
        },
        problem: (error) => failureWords(error, 'Unknot could not save this point.'),
      },
    );
  };

  const remove = (finding: Finding) =>
    action.run(
      () => callApi(endpoints.deleteFinding, { params: { clientId, findingId: finding.id } }),
      {
        done: () => {
          if (editing?.finding?.id === finding.id) setEditing(null);
          props.onChanged();
          addButton.current?.focus();
          return `Deleted: ${findingTitle(finding)}.`;
        },
        problem: (error) => failureWords(error, 'Unknot could not delete this point.'),
      },
    );

  const tapRegion = (id: string) => {
    setEditing({ finding: null, region: { id, name: props.regionName(id) } });
  };

  const dots = findingDots(findings, editing?.finding?.id ?? null);
  const initial: FindingFields =
    editing?.finding != null
      ? fieldsOf(editing.finding)
      : {
          pair: (editing?.region ? pairsAt(editing.region.id)[0] : undefined) ?? pointPairs[0]!,
          side: (editing?.region ? regionSide(editing.region.id) : null) ?? 'left',
          tenderness: 2,
          reproducesPain: null,
          note: '',
        };

  return (
    <div className="findings-editor">
      <p className="findings-editor__hint">
        Tap the spot where you found a tender point, or press the button below. Keyboard: Tab to the
        figure, then arrow keys and Enter.
      </p>
      <div className="body-map__toolbar">
        <ViewTabs
          view={view}
          markedCount={{
            back: findings.filter((f) => regionView(f, 'back')).length,
            front: findings.filter((f) => regionView(f, 'front')).length,
          }}
          tabId={(v) => `${baseId}-tab-${v}`}
          panelId={(v) => `${baseId}-panel-${v}`}
          onView={setView}
        />
      </div>
      {views.map((v) => (
        <div
          key={v}
          id={`${baseId}-panel-${v}`}
          role="tabpanel"
          aria-labelledby={`${baseId}-tab-${v}`}
          hidden={v !== view}
          className="findings-editor__view"
        >
          <MapFigure
            view={v}
            marks={props.painMarks}
            selected={editing?.region?.id ?? null}
            rovingId={roving[v] || firstRegionOf(v)}
            regionName={props.regionName}
            label={figureLabels[v]}
            onActivate={tapRegion}
            onRove={(id) => setRoving((r) => ({ ...r, [v]: id }))}
            regionRef={() => {}}
            overlay={<PointDots dots={dots} view={v} />}
          />
        </div>
      ))}
      <p>
        <button
          ref={addButton}
          type="button"
          onClick={() => setEditing({ finding: null, region: null })}
        >
          Mark a point from the list
        </button>
      </p>
      {editing === null ? null : (
        <FindingForm
          key={`${editing.finding?.id ?? 'new'}-${editing.region?.id ?? 'list'}`}
          initial={initial}
          region={editing.region}
          changing={editing.finding !== null}
          busy={action.busy}
          onSave={save}
          onCancel={() => {
            setEditing(null);
            addButton.current?.focus();
          }}
        />
      )}
      <ActionOutcome
        message={action.message}
        classes={{ problem: 'account-problem', done: 'account-done' }}
      />
      {findings.length === 0 ? (
        <p>No points marked yet.</p>
      ) : (
        <FindingList
          findings={findings}
          whose="their"
          label={`Points you found on ${props.name}`}
          onEdit={(finding) => setEditing({ finding, region: null })}
          onDelete={remove}
        />
      )}
    </div>
  );
}
