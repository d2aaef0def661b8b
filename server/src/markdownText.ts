// Text from the user's file shown in a Markdown hover: as text, never as
// Markdown or HTML (a key may be written `**x**`, `<img src=…>`, `[a](b)`).

/** Every ASCII punctuation character backslash-escaped (CommonMark allows it for all of them); line breaks as spaces. */
export function markdownText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}
