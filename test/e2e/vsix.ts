// Writes the .vsix of a throwaway test extension (the smoke test, the VS Code
// suite's runner) without @vscode/vsce. A .vsix is a zip with the extension's
// files under `extension/`, plus `extension.vsixmanifest` and
// `[Content_Types].xml`; VS Code's installer (`--install-extension x.vsix`)
// reads `extension/package.json` from it. The xxgk extension itself is always
// the package vsce makes (packagedVsix.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface Manifest {
  name: string;
  publisher: string;
  version: string;
  displayName?: string;
  description?: string;
  engines?: { vscode?: string };
}

/**
 * Writes a .vsix from files given relative to the extension root (they go
 * under `extension/`). `files` must contain `package.json`.
 */
export async function writeVsix(outFile: string, files: Record<string, Buffer | string>): Promise<string> {
  const pkgRaw = files['package.json'];
  if (pkgRaw === undefined) throw new Error('writeVsix: files must contain package.json');
  const pkg = JSON.parse(pkgRaw.toString()) as Manifest;
  const manifest = `<?xml version="1.0" encoding="utf-8"?>
<PackageManifest Version="2.0.0" xmlns="http://schemas.microsoft.com/developer/vsx-schema/2011" xmlns:d="http://schemas.microsoft.com/developer/vsx-schema-design/2011">
  <Metadata>
    <Identity Language="en-US" Id="${xmlEscape(pkg.name)}" Version="${xmlEscape(pkg.version)}" Publisher="${xmlEscape(pkg.publisher)}" />
    <DisplayName>${xmlEscape(pkg.displayName ?? pkg.name)}</DisplayName>
    <Description xml:space="preserve">${xmlEscape(pkg.description ?? '')}</Description>
    <Categories>Other</Categories>
    <GalleryFlags>Public</GalleryFlags>
    <Properties>
      <Property Id="Microsoft.VisualStudio.Code.Engine" Value="${xmlEscape(pkg.engines?.vscode ?? '*')}" />
    </Properties>
  </Metadata>
  <Installation>
    <InstallationTarget Id="Microsoft.VisualStudio.Code" />
  </Installation>
  <Dependencies />
  <Assets>
    <Asset Type="Microsoft.VisualStudio.Code.Manifest" Path="extension/package.json" Addressable="true" />
  </Assets>
</PackageManifest>
`;
  const exts = new Set(
    Object.keys(files)
      .map((f) => path.extname(f).slice(1).toLowerCase())
      .filter(Boolean),
  );
  exts.add('vsixmanifest');
  const contentTypes =
    '<?xml version="1.0" encoding="utf-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    [...exts].map((e) => `<Default Extension=".${xmlEscape(e)}" ContentType="application/octet-stream" />`).join('') +
    '</Types>\n';
  const zip = new JSZip();
  zip.file('extension.vsixmanifest', manifest);
  zip.file('[Content_Types].xml', contentTypes);
  for (const [name, content] of Object.entries(files)) zip.file(`extension/${name.split(path.sep).join('/')}`, content);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return outFile;
}
