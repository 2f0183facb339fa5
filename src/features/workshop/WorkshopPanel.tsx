import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useWorkshop, workshopActions } from '../../store/workshop';
import { useToasts } from '../../ui/toastStore';
import { QrCode } from './QrCode';

/** The room: its link and QR code, its status, who is in it, and what the facilitator controls. */
export function WorkshopPanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const link = useWorkshop((s) => s.link);
  const status = useWorkshop((s) => s.status);
  const waiting = useWorkshop((s) => s.waiting);
  const peers = useWorkshop((s) => s.peers);
  const name = useWorkshop((s) => s.name);
  const color = useWorkshop((s) => s.color);
  const facilitator = useWorkshop((s) => s.facilitator);
  const readOnly = useWorkshop((s) => s.readOnly);
  const following = useWorkshop((s) => s.following);
  const [copied, setCopied] = useState(false);
  if (status === 'off' || !link) return null;
  const statusText = t(`workshop.status.${status}`);
  return (
    <aside className="workshop-panel" aria-label={t('workshop.panel')}>
      <div className="workshop-head">
        <h2>{t('workshop.panel')}</h2>
        <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <p className="workshop-status" role="status" data-room-status={status}>
        {statusText}
        {waiting > 0 && status !== 'connected' ? ` · ${t('workshop.waiting', { n: waiting })}` : ''}
      </p>
      {/* Announced once, by the notice on the board. */}
      {readOnly && <p>{t('workshop.readOnlyNotice')}</p>}
      <label className="workshop-link">
        <span>{t('workshop.link')}</span>
        <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p className="hint">{t('workshop.linkHint')}</p>
      <div className="workshop-row">
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(link).then(() => setCopied(true), () => setCopied(false));
          }}
        >
          {copied ? t('workshop.copied') : t('workshop.copy')}
        </button>
      </div>
      <QrCode text={link} label={t('workshop.qr')} />
      <label className="workshop-name">
        <span>{t('workshop.name')}</span>
        <input defaultValue={name} maxLength={60} onBlur={(e) => workshopActions.setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()} />
      </label>
      <h3>{t('workshop.count', { n: peers.length + 1 })}</h3>
      <ul aria-label={t('workshop.people')} className="workshop-people">
        <li>
          <span className="peer-dot" style={{ background: color }} aria-hidden="true" />
          {t('workshop.you', { name: name || t('workshop.anonymous') })}
          {facilitator ? ` · ${t('workshop.facilitator')}` : ''}
        </li>
        {peers.map((peer) => (
          <li key={peer.clientId}>
            <span className="peer-dot" style={{ background: peer.color }} aria-hidden="true" />
            {peer.name || t('workshop.anonymous')}
            {peer.facilitator ? ` · ${t('workshop.facilitator')}` : ''}
          </li>
        ))}
      </ul>
      {facilitator ? (
        <div className="workshop-row">
          <button type="button" onClick={() => workshopActions.callToFollow()}>
            {t('workshop.callFollow')}
          </button>
          <label>
            <input type="checkbox" checked={readOnly} onChange={(e) => void workshopActions.setReadOnly(e.target.checked)} />
            {t('workshop.readOnly')}
          </label>
          <button type="button" onClick={() => void workshopActions.close()}>
            {t('workshop.close')}
          </button>
        </div>
      ) : (
        <div className="workshop-row">
          <label>
            <input type="checkbox" checked={following} onChange={(e) => workshopActions.follow(e.target.checked)} />
            {t('workshop.follow')}
          </label>
          <button
            type="button"
            onClick={() => {
              workshopActions.leave();
              useToasts.getState().show({ message: t('workshop.left') });
            }}
          >
            {t('workshop.leave')}
          </button>
        </div>
      )}
    </aside>
  );
}
