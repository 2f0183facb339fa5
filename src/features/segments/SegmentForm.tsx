import { useState } from 'react';
import type { SegmentFields } from '../../domain/operations';
import { RELATIONSHIP_TYPES, type RelationshipType, type Segment } from '../../domain/types';
import { numberOrNull, parseNumber } from '../../domain/numberInput';
import { validateLengths, validateSegment } from '../../domain/validation';
import { FIELD_LIMITS } from '../../domain/limits';
import { say, useLanguage, useT } from '../../i18n/useT';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';

interface SegmentFormProps {
  segment?: Segment;
  title: string;
  onSave: (fields: SegmentFields) => void;
  onCancel: () => void;
}

/** Create or edit a segment; nothing is saved while a field is invalid. */
export function SegmentForm({ segment, title, onSave, onCancel }: SegmentFormProps) {
  const t = useT();
  const language = useLanguage();
  const [name, setName] = useState(segment?.name ?? '');
  const [description, setDescription] = useState(segment?.description ?? '');
  const [share, setShare] = useState(segment?.revenueShare?.toString() ?? '');
  const [relationship, setRelationship] = useState<RelationshipType | ''>(segment?.relationship ?? '');
  const [submitted, setSubmitted] = useState(false);
  const errors = { ...validateLengths({ name, description }, FIELD_LIMITS.segments), ...validateSegment({ name, revenueShare: share }, language) };
  const shown = submitted ? errors : {};
  const failed = submitted && Object.keys(errors).length > 0;
  return (
    <FormDialog
      title={title}
      error={failed ? t('form.fixErrors') : null}
      onCancel={onCancel}
      onSubmit={() => {
        setSubmitted(true);
        if (Object.keys(errors).length) return;
        onSave({
          name: name.trim(),
          description: description.trim(),
          revenueShare: numberOrNull(parseNumber(share, language)),
          relationship: relationship || null,
        });
      }}
    >
      <Field label={t('segment.name')} error={shown.name && say(t, shown.name)} wide>
        {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} autoFocus />}
      </Field>
      <Field label={t('segment.description')} error={shown.description && say(t, shown.description)} wide>
        {(props) => <textarea {...props} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <Field label={t('segment.revenueShare')} error={shown.revenueShare && say(t, shown.revenueShare)}>
        {(props) => <input {...props} inputMode="decimal" value={share} onChange={(e) => setShare(e.target.value)} />}
      </Field>
      <Field label={t('segment.relationship')}>
        {(props) => (
          <select {...props} value={relationship} onChange={(e) => setRelationship(e.target.value as RelationshipType | '')}>
            <option value="">{t('segment.noRelationship')}</option>
            {RELATIONSHIP_TYPES.map((r) => (
              <option key={r} value={r}>
                {t(`relationship.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </FormDialog>
  );
}
