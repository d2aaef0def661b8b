// Messages from the summary webview to the extension.
export type SummaryMessage =
  { type: 'open'; index: number } | { type: 'export'; format: 'xlsx' | 'csv' } | { type: 'refresh' };
