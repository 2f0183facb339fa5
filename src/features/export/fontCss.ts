import { FONT_FAMILY, INTER_FACES } from '../../app/fonts';
import { blobToDataUrl } from './blobToDataUrl';

let css: Promise<string> | null = null;

/**
 * The app's font faces as @font-face rules with the woff2 files inlined, for the SVG the
 * picture is drawn from (it can load nothing from outside). Made once, reused by every export.
 */
export function fontEmbedCss(): Promise<string> {
  css ??= Promise.all(
    INTER_FACES.map(async (face) => {
      const response = await fetch(face.url);
      if (!response.ok) throw new Error(`The font file ${face.url} could not be read (${response.status}).`);
      const data = await blobToDataUrl(await response.blob());
      return `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${face.weight};src:url(${data}) format('woff2');unicode-range:${face.unicodeRange};}`;
    }),
  )
    .then((rules) => rules.join('\n'))
    .catch((error: unknown) => {
      css = null;
      throw error;
    });
  return css;
}
