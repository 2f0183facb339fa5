import { toSvg } from 'html-to-image';
import type { Options } from 'html-to-image/lib/types';
import type { ExportFormat } from '../../domain/exportImage';
import { measure as measureTiming } from '../../domain/timings';
import { fontEmbedCss } from './fontCss';
import { addFontProbe, probeSample, waitForPictureFonts } from './fontProbe';

/**
 * The only computed styles copied into the picture: those the lean export stylesheet sets.
 * html-to-image copies ~400 properties per element by default; these few keep the picture
 * identical and make the copy several times faster. (SVG shapes keep their attributes.)
 * html-to-image keeps the first list it is given for the page's lifetime: every call in
 * Tropa passes this one.
 */
const STYLE_PROPERTIES = [
  'display', 'position', 'left', 'top', 'width', 'height', 'min-height', 'max-width', 'box-sizing',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
  'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color',
  'border-top-left-radius', 'border-top-right-radius', 'border-bottom-left-radius', 'border-bottom-right-radius',
  'background-color', 'color', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height',
  'white-space', 'overflow-wrap', 'word-break', 'vertical-align', 'object-fit', 'overflow',
  'grid-template-columns', 'grid-column-start', 'grid-column-end', 'row-gap', 'column-gap',
  'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis', 'align-items', 'justify-content',
];

/** Loads the bundled font faces the picture uses, so that the layout is measured in them. */
export async function loadFonts(): Promise<void> {
  if (!document.fonts) return;
  // Latin, Latin Extended and Cyrillic: the three subsets the app bundles.
  const sample = 'Aa Łł Яя Ёё';
  await Promise.all(['400', '600', '700'].map((weight) => document.fonts.load(`${weight} 13px Inter`, sample)));
}

export type ExportStep = 'fonts' | 'drawing' | 'encoding';

export interface RenderRequest {
  format: ExportFormat;
  scale: number;
  /** White, or null for a transparent background (PNG and SVG only). */
  background: string | null;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export class ExportCancelled extends Error {
  constructor() {
    super('Export cancelled');
  }
}

/**
 * The laid-out lean export DOM as a file. `onStep` reports progress; `cancelled` is asked
 * between steps (html-to-image itself cannot be interrupted), and a cancelled export is
 * thrown away as ExportCancelled.
 */
export async function renderImage(
  root: HTMLElement,
  request: RenderRequest,
  onStep: (step: ExportStep) => void,
  cancelled: () => boolean,
): Promise<Blob> {
  const check = async () => {
    // Let the dialog paint its status before the next long step.
    await nextFrame();
    if (cancelled()) throw new ExportCancelled();
  };
  // Each step is timed as a performance measure (tropa:export-*), which the benchmark reads;
  // only the recent ones are kept (domain/timings).
  let mark = performance.now();
  const measure = (name: string) => {
    const now = performance.now();
    measureTiming(`tropa:export-${name}`, mark, now);
    mark = now;
  };
  const width = Number(root.dataset.exportWidth);
  const height = Number(root.dataset.exportHeight);
  onStep('fonts');
  await check();
  // Only the faces the picture's text needs; the font probe uses no others.
  const text = root.textContent ?? '';
  const fontEmbedCSS = await fontEmbedCss(text);
  measure('fonts');
  onStep('drawing');
  await check();
  const options: Options = {
    width,
    height,
    pixelRatio: request.scale,
    // Tropa already chose a scale that fits the canvas limits, and told the user.
    skipAutoScale: true,
    fontEmbedCSS,
    includeStyleProperties: STYLE_PROPERTIES,
    backgroundColor: request.background ?? undefined,
    style: { margin: '0' },
  };
  if (request.format === 'svg') {
    const url = await toSvg(root, options);
    if (cancelled()) throw new ExportCancelled();
    onStep('encoding');
    return new Blob([decodeURIComponent(url.slice(url.indexOf(',') + 1))], { type: 'image/svg+xml' });
  }
  // html-to-image's toCanvas, in steps: the picture as SVG with the font probe below it,
  // decoded, drawn at the pixel ratio once its fonts are in.
  const wrap = document.createElement('div');
  wrap.className = 'xp-wrap';
  root.before(wrap);
  wrap.append(root);
  const probe = addFontProbe(wrap, probeSample(text));
  let svgUrl: string;
  try {
    // No backgroundColor: the canvas is filled below, and the probe must stay on its own.
    svgUrl = await toSvg(wrap, { ...options, backgroundColor: undefined, width: Math.max(width, probe.width), height: height + probe.height });
  } finally {
    wrap.before(root);
    wrap.remove();
  }
  measure('clone');
  const image = new Image();
  await new Promise((resolve, reject) => {
    image.onload = resolve;
    image.onerror = () => reject(new Error('The browser could not read the drawn picture.'));
    image.src = svgUrl;
  });
  await image.decode();
  measure('decode');
  await waitForPictureFonts(image, height, probe);
  measure('fonts-in-picture');
  const canvas = document.createElement('canvas');
  canvas.width = width * request.scale;
  canvas.height = height * request.scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser could not create a canvas this large.');
  if (request.background) {
    context.fillStyle = request.background;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(image, 0, 0, width, height, 0, 0, canvas.width, canvas.height);
  measure('draw');
  onStep('encoding');
  await check();
  const type = request.format === 'jpeg' ? 'image/jpeg' : 'image/png';
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.92));
  measure('encode');
  // Free the big canvas at once rather than at the next collection.
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error('The browser could not encode the picture.');
  if (cancelled()) throw new ExportCancelled();
  return blob;
}
