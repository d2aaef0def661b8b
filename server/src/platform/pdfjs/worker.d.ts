// pdf.js's worker module has no types of its own: it is imported only for
// what it sets up (globalThis.pdfjsWorker, which pdf.js's in-thread worker uses).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
