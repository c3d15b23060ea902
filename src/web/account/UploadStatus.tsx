// One line on whether this device's records have reached the account, with a way to try
// again at once when an upload failed (it is also retried by itself).
import { useAction } from '../requests/use-action.js';
import { uploadDeviceRecords, useUploadOutcome } from '../sync/upload.js';
import { uploadSummary } from '../sync/upload-words.js';
import { panelWords } from './panel-words.js';

const words = panelWords.upload;

export function UploadStatus() {
  const outcome = useUploadOutcome();
  // The upload says how it went in `outcome`; the action only keeps the button busy.
  const action = useAction();
  if (outcome?.status !== 'failed') return <p className="account-hint">{words.byItself}</p>;
  return (
    <div className="account-card account-card--warn">
      <p role="status">{uploadSummary(outcome)}</p>
      <button
        type="button"
        onClick={() => action.run(uploadDeviceRecords, { problem: () => null })}
      >
        {action.busy ? words.trying : words.tryNow}
      </button>
    </div>
  );
}
