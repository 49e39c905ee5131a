// Reads a policy file and extracts its facts, off the UI thread: the readers (mammoth, pdfjs) and the
// extraction run here, so a 300-file import never blocks the page. Nothing in a document runs: the
// readers only tokenise it.
import { extractPolicy } from '../../../../core/extraction/extract';
import { mediaTypeOf, readDocument } from '../../../../documents/read';
import type { ReadReply, ReadRequest } from './worker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadReply, transfer?: Transferable[]): void;
}
// PDFs: pdfjs's own worker code runs in this worker (see documents/readers/pdf.ts), not a nested one.
const scope = self as unknown as WorkerScope;

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

scope.onmessage = (event) => {
  const { id, name, bytes, limits, context } = event.data;
  void (async () => {
    const started = performance.now();
    try {
      const [document, hash] = await Promise.all([readDocument({ name, bytes }, limits), sha256(bytes)]);
      const extraction = extractPolicy(document, context);
      scope.postMessage(
        {
          id,
          ok: true,
          bytes,
          sha256: hash,
          format: document.format,
          mediaType: mediaTypeOf(document.format),
          document,
          extraction,
          ms: performance.now() - started,
        },
        [bytes.buffer],
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // An unexpected failure (a reader bug) still names the file.
      scope.postMessage(
        {
          id,
          ok: false,
          bytes,
          message: message.startsWith(`'${name}'`) ? message : `'${name}' could not be read: ${message}`,
        },
        [bytes.buffer],
      );
    }
  })();
};
