import { useEffect, useState } from 'react';
import type { AppInfo } from '../../ipc/contract';
import { Dialog } from '../components/dialog';
import { platform } from '../platform';

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    if (!open) return;
    platform.appInfo().then(setInfo, (e: unknown) => console.error(e));
  }, [open]);
  return (
    <Dialog
      title="About Oversight"
      open={open}
      onClose={onClose}
      actions={
        <button type="button" className="button button-primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <p>Safeguarding policy oversight for school trusts and local authorities. Everything stays on this device.</p>
      {info && (
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Running as</dt>
          <dd>{info.shell === 'electron' ? 'Desktop app' : 'Web app in this browser'}</dd>
        </dl>
      )}
    </Dialog>
  );
}
