// Any report model (the governor report, a setting's report, a visit write-up) to a Word file the user
// saves where they choose: a native dialog on the desktop (which remembers the last folder), a download
// in the browser. The document is written in a worker; docx and the chart renderer load only then.
import type { ReportModel } from '../../../core/report/model';
import type { SaveFileResult } from '../../../ipc/contract';
import type { RenderProgress } from '../../../documents/report-docx/render';
import { platform } from '../../platform';
import { timed } from './build-report';
import { drawCharts } from './canvas-png';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

declare const __APP_VERSION__: string;

export const DOCX_FILTER = { name: 'Word document', extensions: ['docx'] };

/** Writes the model to .docx bytes in a worker (charts drawn here first); rejects with the worker's message if it fails. */
export async function renderInWorker(
  model: ReportModel,
  onProgress?: (progress: RenderProgress) => void,
): Promise<Uint8Array> {
  onProgress?.({ done: 0, total: 1, message: 'Drawing the charts…' });
  const charts = await timed('charts', () => drawCharts(model));
  const started = performance.now();
  return new Promise<Uint8Array>((resolve, reject) => {
    const worker = new Worker(new URL('./report-worker.ts', import.meta.url), {
      type: 'module',
      name: 'report-writer',
    });
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress?.(reply.progress);
      else if (reply.type === 'done') {
        finish();
        performance.measure('oversight:report-write', { start: started, end: performance.now() });
        resolve(reply.bytes);
      } else {
        finish();
        reject(new Error(`The report could not be written: ${reply.message}`));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(
        new Error(`The report could not be written: ${event.message || 'the writer stopped unexpectedly'}`),
      );
    };
    const request: WorkerRequest = { model, creator: `Oversight ${__APP_VERSION__}`, charts };
    worker.postMessage(
      request,
      charts.map(([, png]) => png.buffer),
    );
  });
}

export async function saveReportDocx(
  model: ReportModel,
  options: { suggestedName: string; onProgress?: (progress: RenderProgress) => void },
): Promise<SaveFileResult> {
  const bytes = await renderInWorker(model, options.onProgress);
  return platform.saveFile({ suggestedName: options.suggestedName, filters: [DOCX_FILTER], bytes });
}
