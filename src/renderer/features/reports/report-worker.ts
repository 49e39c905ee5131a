// Writes a report model to .docx off the main thread, so the page stays responsive (and keeps showing
// progress) while a large report is written. The docx library loads here, only when a report is built.
// The charts arrive already drawn (the page's canvas draws them: workers cannot decode SVG images).
import { renderReportDocx } from '../../../documents/report-docx/render';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { model, creator, charts } = event.data;
  const drawn = new Map(charts);
  void (async () => {
    try {
      const bytes = await renderReportDocx(model, {
        renderPng: async (svg) => {
          const png = drawn.get(svg);
          if (!png) throw new Error('A chart arrived without its picture');
          return png;
        },
        creator,
        onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
      });
      scope.postMessage({ type: 'done', bytes }, [bytes.buffer]);
    } catch (error) {
      scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  })();
};
