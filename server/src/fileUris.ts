// `file:` URIs ↔ file-system paths, as VS Code converts them (vscode-uri, the
// library VS Code's own URIs are): Windows drive letters however the editor
// spells them (`file:///c%3A/Users/…`, `file:///C:/…`), UNC paths
// (`file://server/share/…` ↔ `\\server\share\…`), spaces, `#`, `%` and
// Chinese names escaped and unescaped alike. Node's fileURLToPath refuses a
// UNC URI off Windows, and pathToFileURL spells drive letters otherwise than
// the editor does; these do neither. The platform is a parameter so that the
// Windows rules are tested on any machine.
import { URI } from 'vscode-uri';

export type PathFlavour = 'win32' | 'posix';

function hostFlavour(): PathFlavour {
  return process.platform === 'win32' ? 'win32' : 'posix';
}

/** The file-system path of a `file:` URI; undefined for other schemes (untitled documents) and malformed URIs. */
export function pathOfUri(uri: string, flavour: PathFlavour = hostFlavour()): string | undefined {
  let parsed: URI;
  try {
    parsed = URI.parse(uri, true);
  } catch {
    return undefined;
  }
  if (parsed.scheme !== 'file' || !parsed.path) return undefined;
  // fsPath has forward slashes off Windows (vscode-uri asks the host); the flavour decides.
  const path = parsed.fsPath;
  return flavour === 'win32' ? path.replace(/\//g, '\\') : path;
}

/** The `file:` URI of a path, spelled as VS Code spells it (so it equals the editor's URI of the same file). */
export function uriOfPath(path: string, flavour: PathFlavour = hostFlavour()): string {
  return URI.file(flavour === 'win32' ? path.replace(/\\/g, '/') : path).toString();
}
