/**
 * Chromium renders an SVG picture before the fonts embedded in it have loaded (the picture's
 * load event does not wait for them), and draws text in a fallback font until they have. So a
 * few lines of text in each weight the picture uses ride along in the same SVG, below the map
 * and outside the part drawn into the file, in boxes as wide as Inter makes them: while any
 * line spills out of its box, the fonts are not ready and the picture is not drawn yet.
 */
import { INTER_FACES } from '../../ui/fonts';
import { textNeedsRange } from '../../domain/exportImage';

/** Letters of every font subset `text` needs (Latin always): the faces the probe must see in. */
export function probeSample(text: string): string {
  const probes = new Set(['mmmm']);
  for (const face of INTER_FACES) if (textNeedsRange(text, face.unicodeRange)) probes.add(face.probe);
  return [...probes].join('');
}
const WEIGHTS = ['400', '600', '700'];
const LINE = 48;

export interface FontProbe {
  element: HTMLElement;
  /** The width of each line in Inter, measured in this document (where Inter is loaded). */
  widths: number[];
  width: number;
  height: number;
}

/** Adds the probe lines to `parent`; call with Inter loaded in the document. */
export function addFontProbe(parent: HTMLElement, sample: string): FontProbe {
  const element = document.createElement('div');
  element.className = 'xp-probe';
  for (const weight of WEIGHTS) {
    const line = document.createElement('div');
    line.className = 'xp-probe-line';
    line.style.fontWeight = weight;
    line.textContent = sample;
    element.append(line);
  }
  parent.append(element);
  const widths = [...element.children].map((line) => Math.ceil((line as HTMLElement).getBoundingClientRect().width));
  return { element, widths, width: Math.max(...widths) + 24, height: LINE * WEIGHTS.length };
}

/**
 * Draws the probe's strip of `image` (found at `top`) until every line ends where it ends in
 * Inter. Returns false if that did not happen within `timeoutMs`.
 */
export async function waitForPictureFonts(image: HTMLImageElement, top: number, probe: FontProbe, timeoutMs = 5000): Promise<boolean> {
  const canvas = document.createElement('canvas');
  canvas.width = probe.width;
  canvas.height = probe.height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return false;
  const start = performance.now();
  for (;;) {
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, top, probe.width, probe.height, 0, 0, probe.width, probe.height);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const inked = (x0: number, x1: number, y0: number, y1: number) => {
      for (let y = y0; y < y1; y++) {
        for (let x = Math.max(0, x0); x < Math.min(canvas.width, x1); x++) {
          const i = (y * canvas.width + x) * 4;
          // Dark and opaque: the black text, whatever the background.
          if (data[i + 3]! > 100 && data[i]! + data[i + 1]! + data[i + 2]! < 300) return true;
        }
      }
      return false;
    };
    const ready = probe.widths.every((width, i) => {
      const y0 = i * LINE;
      return inked(width - 24, width - 1, y0, y0 + LINE) && !inked(width + 2, width + 22, y0, y0 + LINE);
    });
    if (ready) return true;
    if (performance.now() - start > timeoutMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}
