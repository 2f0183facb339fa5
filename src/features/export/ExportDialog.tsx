import { useEffect, useMemo, useRef, useState } from 'react';
import {
  EXPORT_FORMATS,
  EXPORT_SCALES,
  CANVAS_MAX_SIDE,
  fitScale,
  type ExportFormat,
  type ExportScope,
} from '../../domain/exportImage';
import { exportFileName } from '../../domain/fileName';
import { mapStages } from '../../domain/selectors';
import { measure } from '../../domain/timings';
import type { Id } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/useT';
import { useWorkspace, workspaceStore } from '../../store/workspace';
import { useToasts } from '../../ui/toastStore';
import { buildExportDom, type BuiltExport } from './buildExportDom';
import { exportModel } from './exportModel';
import { ExportCancelled, loadFonts, renderImage, type ExportStep } from './renderImage';
import { downloadBlob } from '../../ui/download';
import { blobToDataUrl } from '../../domain/transfer/photoData';
import './exportDialog.css';
import { ModalDialog } from '../../ui/ModalDialog';

interface ExportDialogProps {
  mapId: Id;
  /** The selected cards, offered as a scope when there are any. */
  selection: Id[];
  initialScope: ExportScope;
  onClose: () => void;
}

type ScopeValue = 'map' | 'selection' | `stage:${string}`;

const scopeValue = (scope: ExportScope): ScopeValue =>
  scope.kind === 'stage' ? `stage:${scope.stageId}` : scope.kind;

const STEPS: ExportStep[] = ['fonts', 'drawing', 'encoding'];

/** The options of the last export, offered again the next time in this session. */
const last = {
  format: 'png' as ExportFormat,
  scale: 2,
  transparent: false,
  show: { title: true, date: true, persona: true, legend: true },
};

/** Export the map, a stage or the selection as a PNG, JPEG or SVG picture. */
export function ExportDialog({ mapId, selection, initialScope, onClose }: ExportDialogProps) {
  const t = useT();
  const language = useLanguage();
  const map = useWorkspace((ws) => ws.maps[mapId]);
  const stagesRecord = useWorkspace((ws) => ws.stages);
  const stages = useMemo(() => mapStages({ stages: stagesRecord }, mapId), [stagesRecord, mapId]);
  const persona = useWorkspace((ws) => (map?.personaId ? ws.personas[map.personaId] : undefined));
  const [scope, setScope] = useState<ScopeValue>(scopeValue(initialScope));
  const [format, setFormat] = useState<ExportFormat>(last.format);
  const [scale, setScale] = useState<number>(last.scale);
  const [transparent, setTransparent] = useState(last.transparent);
  const [show, setShow] = useState({ ...last.show, persona: last.show.persona && persona !== undefined });
  const [built, setBuilt] = useState<{ export: BuiltExport; width: number; height: number } | null>(null);
  const [step, setStep] = useState<ExportStep | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const cancelled = useRef(false);
  const clear = transparent && format !== 'jpeg';
  // The photo is read once per photo, not again on every change of the options.
  const photo = persona?.photo;
  const photoData = useMemo(() => (photo ? blobToDataUrl(photo).catch(() => null) : Promise.resolve(null)), [photo]);

  // The lean picture DOM is laid out as soon as the options change, so the dialog can say
  // how big the picture will be; the same DOM is then exported.
  useEffect(() => {
    let live = true;
    let current: BuiltExport | null = null;
    setBuilt(null);
    (async () => {
      const exportScope: ExportScope =
        scope === 'map'
          ? { kind: 'map' }
          : scope === 'selection'
            ? { kind: 'selection', cardIds: selection }
            : { kind: 'stage', stageId: scope.slice('stage:'.length) };
      const photoUrl = show.persona ? await photoData : null;
      await loadFonts();
      if (!live) return;
      const model = exportModel(workspaceStore.store.getState().workspace, mapId, exportScope, t, language);
      const start = performance.now();
      const look = { ...show, transparent: clear, photoUrl, now: new Date() };
      current = buildExportDom(model, look);
      // Text in a face not loaded yet (a rare letter) starts its load: measure again once it is in.
      if (document.fonts?.status === 'loading') {
        await document.fonts.ready;
        current.dispose();
        if (!live) return;
        current = buildExportDom(model, look);
      }
      measure('tropa:export-layout', start);
      setBuilt({ export: current, width: Number(current.root.dataset.exportWidth), height: Number(current.root.dataset.exportHeight) });
    })().catch((error: unknown) => live && setMessage(String(error)));
    return () => {
      live = false;
      current?.dispose();
    };
  }, [scope, show, clear, mapId, selection, photoData, t, language]);

  if (!map) return null;
  const fitted = built ? fitScale(built.width, built.height, scale) : null;
  const working = step !== null;

  const start = async () => {
    if (!built || !fitted) return;
    cancelled.current = false;
    setMessage(null);
    setStep('fonts');
    try {
      const blob = await renderImage(
        built.export.root,
        { format, scale: fitted.scale, background: clear ? null : '#ffffff' },
        setStep,
        () => cancelled.current,
      );
      const stageName = scope.startsWith('stage:') ? stages.find((s) => `stage:${s.id}` === scope)?.name : undefined;
      const part = scope === 'selection' ? t('imageExport.selectionPart') : (stageName ?? '');
      const fileName = exportFileName(map.title, new Date(), format === 'jpeg' ? 'jpg' : format, part);
      downloadBlob(blob, fileName);
      Object.assign(last, { format, scale, transparent, show: { ...show, persona: show.persona || persona === undefined } });
      useToasts.getState().show({
        message: fitted.reduced
          ? t('imageExport.doneReduced', { file: fileName, scale: fitted.scale })
          : t('imageExport.done', { file: fileName }),
      });
      onClose();
    } catch (error) {
      setStep(null);
      setMessage(error instanceof ExportCancelled ? t('imageExport.cancelled') : t('imageExport.failed', { error: String(error) }));
    }
  };

  return (
    <ModalDialog
      className="export-dialog"
      labelledBy="export-title"
      onCancel={() => {
        if (working) cancelled.current = true;
        else onClose();
      }}
    >
      <h2 id="export-title">{t('imageExport.title')}</h2>
      <div className="export-options">
        <label className="export-field">
          {t('imageExport.scope')}
          <select value={scope} disabled={working} onChange={(e) => setScope(e.target.value as ScopeValue)}>
            <option value="map">{t('imageExport.scopeMap')}</option>
            {selection.length > 0 && <option value="selection">{t('imageExport.scopeSelection', { n: selection.length })}</option>}
            {stages.map((s, i) => (
              <option key={s.id} value={`stage:${s.id}`}>
                {t('imageExport.scopeStage', { n: i + 1, name: s.name })}
              </option>
            ))}
          </select>
        </label>
        <fieldset disabled={working}>
          <legend>{t('imageExport.format')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f}>
              <input type="radio" name="export-format" checked={format === f} onChange={() => setFormat(f)} />
              {t(`imageExport.format.${f}`)}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={working || format === 'svg'}>
          <legend>{t('imageExport.scale')}</legend>
          {EXPORT_SCALES.map((s) => (
            <label key={s}>
              <input type="radio" name="export-scale" checked={scale === s} onChange={() => setScale(s)} />
              {`${s}×`}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={working}>
          <legend>{t('imageExport.background')}</legend>
          <label>
            <input type="radio" name="export-background" checked={!clear} onChange={() => setTransparent(false)} />
            {t('imageExport.white')}
          </label>
          <label title={format === 'jpeg' ? t('imageExport.jpegWhite') : undefined}>
            <input
              type="radio"
              name="export-background"
              checked={clear}
              disabled={format === 'jpeg'}
              onChange={() => setTransparent(true)}
            />
            {t('imageExport.transparent')}
          </label>
          {format === 'jpeg' && <span className="hint">{t('imageExport.jpegWhite')}</span>}
        </fieldset>
        <fieldset disabled={working}>
          <legend>{t('imageExport.include')}</legend>
          {(['title', 'date', 'persona', 'legend'] as const).map((key) => (
            <label key={key}>
              <input
                type="checkbox"
                checked={show[key] && (key !== 'persona' || persona !== undefined)}
                disabled={key === 'persona' && persona === undefined}
                onChange={(e) => setShow((s) => ({ ...s, [key]: e.target.checked }))}
              />
              {t(`imageExport.include.${key}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="export-size" role="status" data-export-size={fitted ? `${fitted.pixelWidth}x${fitted.pixelHeight}` : undefined}>
        {!fitted
          ? t('imageExport.measuring')
          : format === 'svg'
            ? t('imageExport.sizeSvg', { width: built!.width, height: built!.height })
            : t('imageExport.size', { width: fitted.pixelWidth, height: fitted.pixelHeight })}
      </p>
      {fitted?.reduced && format !== 'svg' && (
        <p className="hint-box warning export-reduced" role="alert">
          {t('imageExport.reduced', { requested: scale, scale: fitted.scale, limit: CANVAS_MAX_SIDE.toLocaleString(language) })}
        </p>
      )}
      {working && (
        <div className="export-progress" role="status" aria-live="polite">
          <progress max={STEPS.length} value={STEPS.indexOf(step) + 1} aria-label={t('imageExport.progress')} />
          <span>{t(`imageExport.step.${step}`)}</span>
        </div>
      )}
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <div className="dialog-actions">
        {working ? (
          <button type="button" onClick={() => (cancelled.current = true)}>
            {t('common.cancel')}
          </button>
        ) : (
          <>
            <button type="button" onClick={onClose}>
              {t('common.close')}
            </button>
            <button type="button" className="primary" disabled={!fitted} onClick={() => void start()}>
              {t('imageExport.start')}
            </button>
          </>
        )}
      </div>
    </ModalDialog>
  );
}
