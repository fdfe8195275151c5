import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { STYLESHEET } from '../common/stylesheet';
import { PRINT_STYLESHEET } from '../print/print-stylesheet';
import { FAVICON_SVG } from './favicon';

/** One file the pages load: its bytes in memory (our own), or its place on disk (Det Fælles Designsystem's). */
export type AssetFile =
  | { readonly kind: 'text'; readonly contentType: string; readonly body: string }
  | { readonly kind: 'file'; readonly contentType: string; readonly path: string };

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The package's `dist` folder, found through its one export (dist/js/dkfds.min.js): its package.json is not exported. */
const DKFDS_DIST = dirname(dirname(require.resolve('dkfds')));
const DKFDS_VERSION = (JSON.parse(readFileSync(join(DKFDS_DIST, '..', 'package.json'), 'utf8')) as { version: string })
  .version;

/**
 * Det Fælles Designsystem's files under their package version: the stylesheet and what it refers to (the IBM Plex Sans
 * fonts, the icons). Its JavaScript is left out: the pages work without scripts.
 */
function designSystemFiles(): Map<string, AssetFile> {
  const files = new Map<string, AssetFile>();
  const add = (path: string) => {
    const contentType = CONTENT_TYPES[extname(path)];
    if (contentType) files.set(relative(DKFDS_DIST, path).split(sep).join('/'), { kind: 'file', contentType, path });
  };
  add(join(DKFDS_DIST, 'css', 'dkfds.min.css'));
  for (const folder of ['fonts', 'img']) {
    for (const entry of readdirSync(join(DKFDS_DIST, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) add(join(entry.parentPath, entry.name));
    }
  }
  return files;
}

function contentHash(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex').slice(0, 16);
}

/** Our own files, versioned by their content. */
/** Our own rules, the print rules after them. */
const OWN_STYLESHEET = STYLESHEET + PRINT_STYLESHEET;
const OWN_VERSION = contentHash(OWN_STYLESHEET, FAVICON_SVG);
const OWN_FILES = new Map<string, AssetFile>([
  ['ledelsesrum.css', { kind: 'text', contentType: CONTENT_TYPES['.css']!, body: OWN_STYLESHEET }],
  ['favicon.svg', { kind: 'text', contentType: CONTENT_TYPES['.svg']!, body: FAVICON_SVG }],
]);

const DESIGN_SYSTEM_VERSION = `dkfds-${DKFDS_VERSION}`;
let designSystem: Map<string, AssetFile> | undefined;

/**
 * Every asset lives under a version that changes whenever its content does, so it may be cached for a year: a new
 * release links new addresses. A version that is not the current one is not found, rather than served stale.
 */
export function findAsset(version: string, path: string): AssetFile | undefined {
  if (version === OWN_VERSION) return OWN_FILES.get(path);
  if (version !== DESIGN_SYSTEM_VERSION) return undefined;
  designSystem ??= designSystemFiles();
  return designSystem.get(path);
}

/** The addresses the pages link to. */
export const ASSET_URLS = {
  designSystem: `/assets/${DESIGN_SYSTEM_VERSION}/css/dkfds.min.css`,
  stylesheet: `/assets/${OWN_VERSION}/ledelsesrum.css`,
  favicon: `/assets/${OWN_VERSION}/favicon.svg`,
} as const;

/** The icon on its unversioned address, /favicon.ico. */
export const FAVICON: AssetFile = OWN_FILES.get('favicon.svg')!;
