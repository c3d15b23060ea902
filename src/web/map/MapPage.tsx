// The "Where does it hurt?" screen: the body map, saved on the device as it changes (so it
// survives a reload), and the one way on, to the trigger points that may cause the pain.
import { useId } from 'react';
import { BodyMap, type PainMarks, saddleAreaId } from '../body-map/index.js';
import { painMapRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { nerveQuestionsPath, resultsPath } from '../paths.js';
import { Link, navigate } from '../router.js';
import { mapWords } from './map-words.js';
import { notReadyReason } from './pain-map-state.js';
import { plainRegionName } from './region-names.js';
import './map-page.css';
import { FoundByTherapist } from '../findings/FoundByTherapist.js';

const noMarks: PainMarks = {};

function saveMarks(marks: PainMarks): void {
  painMapRecord.write({ marks: { ...marks }, updatedAt: new Date().toISOString() });
}

export function MapPage() {
  const titleId = useId();
  const reasonId = useId();
  const marks = useDeviceRecord(painMapRecord)?.marks ?? noMarks;
  const reason = notReadyReason(marks);
  // Marking the saddle area goes straight to the safety screen's nerve questions.
  const saddleMarked = marks[saddleAreaId] !== undefined;

  return (
    <section className="page map-page" aria-labelledby={titleId}>
      <h1 id={titleId}>{mapWords.title}</h1>
      <p className="lead map-page__intro">{mapWords.intro}</p>
      {saddleMarked ? (
        <div className="note map-page__saddle">
          <p>{mapWords.saddleMarked}</p>
          <p>
            <Link href={nerveQuestionsPath}>{mapWords.saddleLink}</Link>
          </p>
        </div>
      ) : null}
      <BodyMap
        marks={marks}
        onChange={saveMarks}
        regionName={plainRegionName}
        onSaddleMarked={() => navigate(nerveQuestionsPath)}
      />
      <FoundByTherapist />
      <div className="map-page__next">
        {/* aria-disabled rather than disabled: the button stays in the Tab order, so a
            keyboard or screen reader user finds it and hears why it does not work yet. */}
        <button
          type="button"
          className="primary map-page__see"
          aria-disabled={reason !== null}
          aria-describedby={reason === null ? undefined : reasonId}
          onClick={() => {
            if (reason === null) navigate(resultsPath);
          }}
        >
          {mapWords.seeCauses}
        </button>
        {reason === null ? null : (
          <p id={reasonId} className="map-page__reason">
            {reason}
          </p>
        )}
        <p className="map-page__back">
          <Link href="/">{mapWords.back}</Link>
        </p>
      </div>
    </section>
  );
}
