import { FONT_FAMILY, INTER_FACES, type BundledFace } from '../../ui/fonts';
import { textNeedsRange } from '../../domain/exportImage';
import { blobToDataUrl } from '../../domain/transfer/photoData';

const rules = new Map<BundledFace, Promise<string>>();

/** One face as an @font-face rule with its woff2 file inlined; read once, then reused. */
function faceRule(face: BundledFace): Promise<string> {
  let rule = rules.get(face);
  if (!rule) {
    rule = (async () => {
      const response = await fetch(face.url);
      if (!response.ok) throw new Error(`The font file ${face.url} could not be read (${response.status}).`);
      const data = await blobToDataUrl(await response.blob(), 'font/woff2');
      return `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${face.weight};src:url(${data}) format('woff2');unicode-range:${face.unicodeRange};}`;
    })();
    rule.catch(() => rules.delete(face));
    rules.set(face, rule);
  }
  return rule;
}

/**
 * The app's font faces that `text` needs (Cyrillic only for Cyrillic text, and so on), as
 * @font-face rules with the woff2 files inlined, for the SVG the picture is drawn from: it can
 * load nothing from outside.
 */
export async function fontEmbedCss(text: string): Promise<string> {
  const needed = INTER_FACES.filter((face) => textNeedsRange(text, face.unicodeRange));
  return (await Promise.all(needed.map(faceRule))).join('\n');
}
