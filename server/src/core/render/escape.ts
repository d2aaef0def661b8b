// Escaping for everything the renderer writes. Report text is untrusted: a
// file may hold `<script>`, event handlers or `javascript:` URLs in its prose,
// and all of it must reach the page as text. The renderer never writes report
// text anywhere but through these functions (see dom.ts).

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  // Control characters other than tab and line ends are not allowed in HTML text; drop them.
  return text
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/**
 * Escapes a value for a double-quoted attribute. The single quote needs no
 * escape there, and leaving it keeps a CSP (`'none'`, `'nonce-…'`) readable.
 */
export function escapeAttribute(value: string): string {
  return escapeHtml(value).replace(/&#39;/g, "'");
}

/** A CSP nonce: base64 characters only, so it can never close the attribute or the policy. */
export function sanitizeNonce(nonce: string): string {
  return nonce.replace(/[^A-Za-z0-9+/=_-]/g, '');
}

/**
 * A CSP source list such as VS Code's `webview.cspSource`
 * (`https://*.vscode-cdn.net`): keeps URL and host characters and spaces, drops
 * `;`, `,` and quotes, which would end the directive or add keywords.
 */
export function sanitizeCspSource(source: string): string {
  return source
    .replace(/[^A-Za-z0-9 .:/*_+-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
