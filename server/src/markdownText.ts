// Text from the user's file shown in a Markdown hover: as text, never as
// Markdown or HTML (a key may be written `**x**`, `<img src=…>`, `[a](b)`).

/**
 * The characters that start emphasis, code, links, images, HTML, entities,
 * headings or tables backslash-escaped (CommonMark allows it for any ASCII
 * punctuation); line breaks as spaces, so nothing starts a line. `.` and `-`
 * stay: mid-line they mean nothing, and file names keep their look.
 */
export function markdownText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~&"]/g, '\\$&');
}
