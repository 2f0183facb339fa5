import { pageStages } from '../../domain/exportImage';
import type { Id } from '../../domain/types';
import type { Language } from '../../i18n/language';
import type { T } from '../../i18n/useT';
import { workspaceStore } from '../../store/workspace';
import { buildExportDom } from './buildExportDom';
import { exportModel } from './exportModel';
import './print.css';
import { LANE_HEADER_WIDTH } from '../../ui/boardMetrics';

/** Width of a landscape A4 page inside 10 mm margins, in CSS pixels (277 mm at 96 px/in). */
const PRINT_WIDTH = 1040;
/** Height of that page inside its margins (190 mm), less a little for the browser's rounding. */
const PRINT_HEIGHT = 700;
/** How wide a page's columns may be before they are scaled down to the paper. */
const PAGE_CONTENT_WIDTH = 1900;

let printRoot: HTMLElement | null = null;

/**
 * Lays the map out for paper: the lean export layout, cut into pages of a few stages each
 * (every page repeats the lane headers), each scaled to fit one sheet: a page break inside the
 * grid would push rows away from the arrows measured before it, and leave rows without their
 * stage headers. Saved as PDF the text stays vector, so small print can be zoomed. Printed instead of the
 * app (see print.css); replaced on every print.
 */
export function preparePrint(mapId: Id, t: T, language: Language): HTMLElement {
  clearPrint();
  const ws = workspaceStore.store.getState().workspace;
  const model = exportModel(ws, mapId, { kind: 'map' }, t, language);
  const root = document.createElement('div');
  root.className = 'print-root xp-host';
  document.body.append(root);
  const pages = pageStages(model.stages, LANE_HEADER_WIDTH, PAGE_CONTENT_WIDTH);
  if (pages.length === 0) pages.push([]);
  pages.forEach((stages, index) => {
    const page = document.createElement('section');
    page.className = 'print-page';
    root.append(page);
    const inPage = new Set(stages.map((s) => s.id));
    const cards = new Set<Id>();
    for (const [, group] of model.cells) for (const card of group) if (inPage.has(card.stageId)) cards.add(card.id);
    const pageModel = {
      ...model,
      stages,
      links: model.links.filter((l) => cards.has(l.fromCardId) && cards.has(l.toCardId)),
    };
    const first = index === 0;
    const built = buildExportDom(
      pageModel,
      { title: true, date: first, persona: first, legend: first, transparent: false, photoUrl: null, now: new Date() },
      page,
    );
    const width = Number(built.root.dataset.exportWidth);
    const height = Number(built.root.dataset.exportHeight);
    const zoom = Math.min(1, PRINT_WIDTH / width, PRINT_HEIGHT / height);
    if (zoom < 1) built.root.style.zoom = String(zoom);
  });
  // Laid out and measured off-screen; from now on shown only to the printer.
  root.classList.remove('xp-host');
  printRoot = root;
  return root;
}

export function clearPrint(): void {
  printRoot?.remove();
  printRoot = null;
}

export function printPrepared(): boolean {
  return printRoot !== null && printRoot.isConnected;
}
