// Lets policies be dropped anywhere on the window (files or whole folders) and shows the import panel.
// Mounted once in the app shell; the readers load in workers only when an import starts.
import { useEffect, useRef, useState } from 'react';
import { useStore } from '../../../app/db-context';
import { useToasts } from '../../../components/toasts';
import { collectDropped, hasFiles } from './collect-files';
import { importFiles } from './import-run';
import { ImportPanel } from './import-panel';

export function ImportHost() {
  const store = useStore();
  const toasts = useToasts();
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current += 1;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without this the browser (or Electron) would open the dropped file instead.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      depth.current = 0;
      setDragging(false);
      void collectDropped(e.dataTransfer)
        .then(({ sources, skipped }) => {
          if (sources.length === 0) {
            toasts.show({
              kind: 'info',
              message: skipped
                ? `No policy documents in what was dropped (${skipped} other files skipped)`
                : 'Nothing to import in what was dropped',
            });
            return;
          }
          return importFiles(store, sources, { skipped });
        })
        .catch((error: unknown) => toasts.error(error, 'The dropped files could not be imported'));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [store, toasts]);

  return (
    <>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay-card">Drop policies or folders to import them</div>
        </div>
      )}
      <ImportPanel />
    </>
  );
}
