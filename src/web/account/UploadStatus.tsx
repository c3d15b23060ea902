// One line on whether this device's records have reached the account, with a way to try
// again at once when an upload failed (it is also retried by itself).
import { useState } from 'react';
import { uploadDeviceRecords, useUploadOutcome } from '../sync/upload.js';
import { uploadSummary } from '../sync/upload-words.js';

export function UploadStatus() {
  const outcome = useUploadOutcome();
  const [busy, setBusy] = useState(false);
  if (outcome?.status !== 'failed') {
    return (
      <p className="account-hint">
        Each session you finish on this device is saved to your account by itself.
      </p>
    );
  }
  return (
    <div className="account-card account-card--warn">
      <p role="status">{uploadSummary(outcome)}</p>
      <button
        type="button"
        onClick={async () => {
          if (busy) return;
          setBusy(true);
          await uploadDeviceRecords();
          setBusy(false);
        }}
      >
        {busy ? 'Trying…' : 'Try again now'}
      </button>
    </div>
  );
}
