// Text for a terminal: control characters from a key or a file name (an
// escape sequence that recolours or clears the screen, a NUL, a carriage
// return that hides what precedes it, a bidi override that reorders it) are
// shown as `\u001b` and the like instead of acting.

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with each control character written as a visible `\uXXXX`; tabs and newlines kept. */
export function terminalText(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
