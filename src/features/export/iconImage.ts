import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ChannelIcon } from '../../domain/types';
import { ChannelIconView } from '../../ui/ChannelIconView';

const cache = new Map<ChannelIcon, string>();

/**
 * A channel icon as an SVG data URL: one <img> per chip in the export instead of an inline
 * SVG tree, so the picture has fewer elements to copy. Drawn once per icon by the same
 * component the editor uses, so both look alike.
 */
export function iconImage(icon: ChannelIcon): string {
  const known = cache.get(icon);
  if (known) return known;
  const host = document.createElement('div');
  const root = createRoot(host);
  flushSync(() => root.render(createElement(ChannelIconView, { icon, size: 24 })));
  const svg = host.querySelector('svg');
  svg?.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // The icon strokes with currentColor, which an <img> does not inherit: give it the ink colour.
  const markup = (svg?.outerHTML ?? '<svg xmlns="http://www.w3.org/2000/svg"/>').replaceAll('currentColor', '#1d2433');
  root.unmount();
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  cache.set(icon, url);
  return url;
}
