import { printPlan } from '../../domain/printPages';
import type { Id, Stage } from '../../domain/types';
import type { Language } from '../../i18n/language';
import type { T } from '../../i18n/useT';
import { workspaceStore } from '../../store/workspace';
import { buildExportDom } from './buildExportDom';
import { exportModel, type ExportModel } from './exportModel';
import './print.css';
import { LANE_HEADER_WIDTH } from '../../ui/boardMetrics';

/** Width of a landscape A4 page inside 10 mm margins, in CSS pixels (277 mm at 96 px/in). */
const PRINT_WIDTH = 1040;
/** Height of that page inside its margins (190 mm), less a little for the browser's rounding. */
const PRINT_HEIGHT = 700;
/** About how wide a page's columns may be: sets how many pages the stages are spread over. */
const PAGE_CONTENT_WIDTH = 1900;

let printRoot: HTMLElement | null = null;

/** The part of the map one page shows: its stages, and the links between their cards. */
function pageModel(model: ExportModel, stages: Stage[]): ExportModel {
  const inPage = new Set(stages.map((s) => s.id));
  const cards = new Set<Id>();
  for (const [, group] of model.cells) for (const card of group) if (inPage.has(card.stageId)) cards.add(card.id);
  return { ...model, stages, links: model.links.filter((l) => cards.has(l.fromCardId) && cards.has(l.toCardId)) };
}

/** Every page has the title; the first also the date, the persona and the legend. */
const pageLook = (first: boolean, now: Date) =>
  ({ title: true, date: first, persona: first, legend: first, transparent: false, photoUrl: null, now }) as const;

/**
 * Lays the map out for paper: the lean export layout, cut into pages of a few stages each
 * (every page repeats the lane headers), all scaled alike so that the tallest page fits one
 * sheet (domain/printPages.ts): a page break inside the grid would push rows away from the
 * arrows measured before it, and leave rows without their stage headers. Saved as PDF the
 * text stays vector, so small print can be zoomed. Printed instead of the app (see
 * print.css); replaced on every print.
 */
export function preparePrint(mapId: Id, t: T, language: Language): HTMLElement {
  clearPrint();
  const ws = workspaceStore.store.getState().workspace;
  const model = exportModel(ws, mapId, { kind: 'map' }, t, language);
  const root = document.createElement('div');
  root.className = 'print-root xp-host';
  document.body.append(root);
  const now = new Date();
  // Candidate pages are laid out in a scratch page of the same styles, measured and dropped.
  const scratch = document.createElement('section');
  scratch.className = 'print-page';
  root.append(scratch);
  const measure = (stages: Stage[], first: boolean) => {
    const built = buildExportDom(pageModel(model, stages), pageLook(first, now), scratch);
    const size = { width: Number(built.root.dataset.exportWidth), height: Number(built.root.dataset.exportHeight) };
    built.dispose();
    return size;
  };
  const sheet = { width: PRINT_WIDTH, height: PRINT_HEIGHT };
  const plan = printPlan(model.stages, measure, sheet, LANE_HEADER_WIDTH, PAGE_CONTENT_WIDTH);
  scratch.remove();
  plan.pages.forEach((stages, index) => {
    const page = document.createElement('section');
    page.className = 'print-page';
    root.append(page);
    const built = buildExportDom(pageModel(model, stages), pageLook(index === 0, now), page);
    if (plan.scale < 1) built.root.style.zoom = String(plan.scale);
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
