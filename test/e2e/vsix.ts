// Writes a .vsix without @vscode/vsce. A .vsix is a zip with the extension's
// files under `extension/`, plus `extension.vsixmanifest` and
// `[Content_Types].xml`; VS Code's installer (`--install-extension x.vsix`)
// reads `extension/package.json` from it. Only what the e2e tests need:
// deflate via node:zlib, no zip64, no symlinks.
import { deflateRawSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Builds a zip archive (deflate, UTF-8 names) from name → content. */
export function zip(entries: ReadonlyArray<readonly [string, Buffer | string]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  // DOS time/date of 1980-01-01 00:00: reproducible archives.
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1;
  for (const [name, content] of entries) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const nameBuf = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // flags: UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBuf, packed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made by: unix, 3.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attrs
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attrs: regular file 644
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

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
export function writeVsix(outFile: string, files: Record<string, Buffer | string>): string {
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
  const exts = new Set(Object.keys(files).map((f) => path.extname(f).slice(1).toLowerCase()).filter(Boolean));
  exts.add('vsixmanifest');
  const contentTypes =
    '<?xml version="1.0" encoding="utf-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    [...exts].map((e) => `<Default Extension=".${xmlEscape(e)}" ContentType="application/octet-stream" />`).join('') +
    '</Types>\n';
  const entries: Array<[string, Buffer | string]> = [
    ['extension.vsixmanifest', manifest],
    ['[Content_Types].xml', contentTypes],
    ...Object.entries(files).map(([name, content]): [string, Buffer | string] => [`extension/${name.split(path.sep).join('/')}`, content]),
  ];
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, zip(entries));
  return outFile;
}

function walk(root: string, rel: string, out: string[]): void {
  const abs = path.join(root, rel);
  const st = statSync(abs);
  if (st.isDirectory()) {
    for (const name of readdirSync(abs).sort()) walk(root, path.join(rel, name), out);
  } else if (st.isFile()) {
    out.push(rel);
  }
}

/**
 * Packs an extension folder into a .vsix: `include` lists files or folders
 * relative to `root` (missing ones are skipped; package.json is required).
 * Folders are taken whole, so list only what the extension ships
 * (e.g. `dist/client.js`, not `node_modules`).
 */
export function packDirAsVsix(root: string, include: readonly string[], outFile: string): string {
  const rels: string[] = [];
  for (const inc of include) if (existsSync(path.join(root, inc))) walk(root, inc, rels);
  if (!rels.includes('package.json')) throw new Error(`packDirAsVsix: no package.json in ${root}`);
  const files: Record<string, Buffer> = {};
  for (const rel of rels) if (!rel.endsWith('.map')) files[rel] = readFileSync(path.join(root, rel));
  return writeVsix(outFile, files);
}

/**
 * Packs `root` into a .vsix following its `.vscodeignore` when that is an
 * allowlist (`**` then `!path` / `!dir/**` lines), as vsce would. Every
 * allowed plain path must exist (a missing `dist/client.js` means the build
 * has not run). Anything fancier: package with @vscode/vsce and pass the file
 * in XXGK_E2E_VSIX.
 */
export function packWithVscodeignore(root: string, outFile: string): string {
  const ignoreFile = path.join(root, '.vscodeignore');
  const lines = readFileSync(ignoreFile, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (lines[0] !== '**' || lines.slice(1).some((l) => !l.startsWith('!'))) {
    throw new Error(`${ignoreFile} is not a plain allowlist ("**" then "!path" lines); package with @vscode/vsce and set XXGK_E2E_VSIX`);
  }
  const include: string[] = [];
  const missing: string[] = [];
  for (const l of lines.slice(1)) {
    const rel = l.slice(1).replace(/\/\*\*$/, '');
    if (/[*?[{]/.test(rel)) throw new Error(`${ignoreFile}: pattern ${l} not supported here; package with @vscode/vsce and set XXGK_E2E_VSIX`);
    if (existsSync(path.join(root, rel))) include.push(rel);
    else if (!/^(CHANGELOG|README|LICENSE)/i.test(rel)) missing.push(rel);
  }
  if (missing.length) throw new Error(`cannot pack ${root}: missing ${missing.join(', ')} (has \`npm run build\` run?)`);
  return packDirAsVsix(root, include, outFile);
}
