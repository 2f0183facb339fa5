import type { Segment } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { ModalDialog } from '../../ui/ModalDialog';

interface DeleteSegmentDialogProps {
  segment: Segment;
  mapCount: number;
  onDelete: (maps: 'keep' | 'delete') => void;
  onCancel: () => void;
}

/** Deleting a segment that has maps asks what becomes of them. */
export function DeleteSegmentDialog({ segment, mapCount, onDelete, onCancel }: DeleteSegmentDialogProps) {
  const t = useT();
  const title = t('segments.deleteTitle', { name: segment.name });
  return (
    <ModalDialog
      label={title}
      onCancel={onCancel}
    >
      <h2>{title}</h2>
      <p>{mapCount ? t('segments.deleteBody', { n: mapCount }) : t('segments.deleteBodyNoMaps')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          {t('common.cancel')}
        </button>
        {mapCount > 0 && (
          <button type="button" className="danger" onClick={() => onDelete('delete')}>
            {t('segments.deleteMaps')}
          </button>
        )}
        <button type="button" className="danger" onClick={() => onDelete('keep')}>
          {mapCount > 0 ? t('segments.keepMaps') : t('common.delete')}
        </button>
      </div>
    </ModalDialog>
  );
}
