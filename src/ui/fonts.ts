// Inter, bundled with the app (no font CDN: Tropa makes no network requests), so the editor,
// the printout and the exported pictures look the same on every machine, online or not.
// The faces are declared here rather than by @fontsource's CSS: its per-subset files carry no
// unicode-range, and the picture export embeds exactly this list (features/export/fontCss.ts).
import cyrillic400 from '@fontsource/inter/files/inter-cyrillic-400-normal.woff2?url';
import cyrillic600 from '@fontsource/inter/files/inter-cyrillic-600-normal.woff2?url';
import cyrillic700 from '@fontsource/inter/files/inter-cyrillic-700-normal.woff2?url';
import latinExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url';
import latinExt600 from '@fontsource/inter/files/inter-latin-ext-600-normal.woff2?url';
import latinExt700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff2?url';
import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import latin600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';

export const FONT_FAMILY = 'Inter';

export interface BundledFace {
  weight: '400' | '600' | '700';
  url: string;
  unicodeRange: string;
  /** Letters of this subset, for the export's font probe. */
  probe: string;
}

// The ranges of @fontsource/inter's subsets: a face is fetched only when its characters appear.
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';

export const INTER_FACES: readonly BundledFace[] = [
  { weight: '400', url: latin400, unicodeRange: LATIN, probe: 'mmmm' },
  { weight: '400', url: latinExt400, unicodeRange: LATIN_EXT, probe: 'ŁŁ' },
  { weight: '400', url: cyrillic400, unicodeRange: CYRILLIC, probe: 'ЖЖЖЖ' },
  { weight: '600', url: latin600, unicodeRange: LATIN, probe: 'mmmm' },
  { weight: '600', url: latinExt600, unicodeRange: LATIN_EXT, probe: 'ŁŁ' },
  { weight: '600', url: cyrillic600, unicodeRange: CYRILLIC, probe: 'ЖЖЖЖ' },
  { weight: '700', url: latin700, unicodeRange: LATIN, probe: 'mmmm' },
  { weight: '700', url: latinExt700, unicodeRange: LATIN_EXT, probe: 'ŁŁ' },
  { weight: '700', url: cyrillic700, unicodeRange: CYRILLIC, probe: 'ЖЖЖЖ' },
];

/** Registers the faces with the document (once). */
export function registerFonts(): void {
  if (typeof document === 'undefined' || typeof FontFace === 'undefined' || !document.fonts) return;
  for (const face of INTER_FACES) {
    document.fonts.add(
      new FontFace(FONT_FAMILY, `url(${face.url}) format('woff2')`, { weight: face.weight, style: 'normal', display: 'swap', unicodeRange: face.unicodeRange }),
    );
  }
  // Fetch them now, while the workspace loads from IndexedDB, so that a big map is laid out
  // once in Inter instead of a second time when the font arrives.
  for (const weight of ['400', '600', '700']) document.fonts.load(`${weight} 16px ${FONT_FAMILY}`, 'AaЯя').catch(() => {});
}
