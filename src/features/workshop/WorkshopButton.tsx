import { Users } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useWorkshop, workshopActions } from '../../store/workshop';
import { useToasts } from '../../ui/toastStore';
import { WorkshopPanel } from './WorkshopPanel';

/** Start a workshop on this map, or open the room panel when the map is in one. */
export function WorkshopButton({ mapId }: { mapId: string }) {
  const t = useT();
  const inRoom = useWorkshop((s) => s.mapId === mapId && s.status !== 'off');
  const status = useWorkshop((s) => s.status);
  const people = useWorkshop((s) => s.peers.length + 1);
  const [open, setOpen] = useState(false);
  const [starting, setStarting] = useState(false);
  return (
    <>
      {inRoom ? (
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-room-status={status}>
          <Users size={16} aria-hidden="true" /> {t('workshop.open')} · {people}
        </button>
      ) : (
        <button
          type="button"
          disabled={starting}
          onClick={async () => {
            setStarting(true);
            const problem = await workshopActions.start(mapId);
            setStarting(false);
            if (problem) useToasts.getState().show({ message: t(problem === 'noServer' ? 'workshop.noServer' : 'workshop.refused') });
            else setOpen(true);
          }}
        >
          <Users size={16} aria-hidden="true" /> {t('workshop.start')}
        </button>
      )}
      {open && inRoom && <WorkshopPanel onClose={() => setOpen(false)} />}
    </>
  );
}
