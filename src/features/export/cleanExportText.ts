import { cleanText } from '../../domain/cleanText';

/**
 * Makes every text node and attribute under `root` fit an SVG file. The picture is the
 * export DOM serialised as XML inside an SVG and then URI-encoded (html-to-image): a control
 * character such as U+000B makes that XML malformed (the SVG file is broken and the PNG
 * cannot be drawn), and a lone surrogate makes encodeURIComponent throw. Imports and edits
 * clean texts already; this covers texts saved before that, or arriving from anywhere else,
 * so whatever the board shows can be exported.
 */
export function cleanExportText(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.nodeValue ?? '';
      const clean = cleanText(text);
      if (clean !== text) node.nodeValue = clean;
      continue;
    }
    for (const attribute of (node as Element).attributes) {
      const clean = cleanText(attribute.value);
      if (clean !== attribute.value) attribute.value = clean;
    }
  }
}
