// pdfjs ships no types for its worker module; the PDF reader only hands it to pdfjs (globalThis.pdfjsWorker).
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
