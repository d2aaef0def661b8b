// Prints a PDF's pages (text boxes and rules) as JSON, read by the importer's
// own pdf.js reader: the export tests read their PDFs through it, in a child
// process so that their helpers stay synchronous (exportHelpers.ts).
import { readFileSync } from 'node:fs';
import { readPdfPages } from '../../../server/src/platform/pdfjs/readPdf';

readPdfPages(readFileSync(process.argv[2]!)).then(
  (pages) => process.stdout.write(JSON.stringify(pages)),
  (error: unknown) => {
    process.stderr.write(String(error));
    process.exitCode = 1;
  },
);
