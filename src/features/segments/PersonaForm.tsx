import { useState } from 'react';
import type { PersonaFields } from '../../domain/operations';
import type { Persona } from '../../domain/types';
import { numberOrNull, parseNumber } from '../../domain/numberInput';
import { validateLengths, validatePersona } from '../../domain/validation';
import { FIELD_LIMITS } from '../../domain/limits';
import { say, useLanguage, useT } from '../../i18n/useT';
import type { MessageKey } from '../../i18n/translate';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { useObjectUrl } from '../../ui/useObjectUrl';
import { MAX_PHOTO_MB, preparePhoto } from './photo';
import { currencyChoices, currencyLabel } from './currencies';

type TextKey = 'gender' | 'city' | 'currency' | 'interests' | 'onlineBehaviour' | 'habits' | 'goals' | 'pains' | 'quote' | 'notes';
const LONG_TEXTS: TextKey[] = ['interests', 'onlineBehaviour', 'habits', 'goals', 'pains', 'quote', 'notes'];

interface PersonaFormProps {
  persona?: Persona;
  title: string;
  onSave: (fields: PersonaFields) => void;
  onCancel: () => void;
}

/** The persona's portrait; invalid numbers are refused with a message at the field. */
export function PersonaForm({ persona, title, onSave, onCancel }: PersonaFormProps) {
  const t = useT();
  const language = useLanguage();
  const [name, setName] = useState(persona?.name ?? '');
  const [age, setAge] = useState(persona?.age?.toString() ?? '');
  const [income, setIncome] = useState(persona?.monthlyIncome?.toString() ?? '');
  const [texts, setTexts] = useState<Record<TextKey, string>>({
    gender: persona?.gender ?? '',
    city: persona?.city ?? '',
    currency: persona?.currency ?? 'RUB',
    interests: persona?.interests ?? '',
    onlineBehaviour: persona?.onlineBehaviour ?? '',
    habits: persona?.habits ?? '',
    goals: persona?.goals ?? '',
    pains: persona?.pains ?? '',
    quote: persona?.quote ?? '',
    notes: persona?.notes ?? '',
  });
  const [photo, setPhoto] = useState<Blob | null>(persona?.photo ?? null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const photoUrl = useObjectUrl(photo);
  const [submitted, setSubmitted] = useState(false);
  const errors = { ...validateLengths({ name, ...texts }, FIELD_LIMITS.personas), ...validatePersona({ name, age, monthlyIncome: income }, language) };
  const shown = submitted ? errors : {};
  const text = (key: TextKey) => (props: object) =>
    LONG_TEXTS.includes(key) ? (
      <textarea {...props} rows={2} value={texts[key]} onChange={(e) => setTexts({ ...texts, [key]: e.target.value })} />
    ) : (
      <input {...props} value={texts[key]} onChange={(e) => setTexts({ ...texts, [key]: e.target.value })} />
    );
  const label = (key: TextKey) => t(`persona.${key}` as MessageKey);
  return (
    <FormDialog
      title={title}
      error={submitted && Object.keys(errors).length ? t('form.fixErrors') : null}
      onCancel={onCancel}
      onSubmit={() => {
        setSubmitted(true);
        if (Object.keys(errors).length) return;
        const trimmed = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v.trim()])) as Record<TextKey, string>;
        onSave({
          name: name.trim(),
          age: numberOrNull(parseNumber(age, language)),
          monthlyIncome: numberOrNull(parseNumber(income, language)),
          photo,
          ...trimmed,
        });
      }}
    >
      <Field label={t('persona.name')} error={shown.name && say(t, shown.name)}>
        {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} autoFocus />}
      </Field>
      <Field label={t('persona.photo')} error={photoError ?? undefined}>
        {(props) => (
          <span className="photo-field">
            {photoUrl && <img src={photoUrl} alt={t('persona.photoAlt', { name })} className="avatar" />}
            <input
              {...props}
              type="file"
              accept="image/*"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file) return;
                const result = await preparePhoto(file);
                if (result instanceof Blob) {
                  setPhoto(result);
                  setPhotoError(null);
                } else setPhotoError(t(result.key, { size: 'size' in result ? result.size : 0, limit: MAX_PHOTO_MB }));
              }}
            />
            {photo && (
              <button type="button" onClick={() => setPhoto(null)}>
                {t('persona.removePhoto')}
              </button>
            )}
          </span>
        )}
      </Field>
      <Field label={t('persona.age')} error={shown.age && say(t, shown.age)}>
        {(props) => <input {...props} inputMode="numeric" value={age} onChange={(e) => setAge(e.target.value)} />}
      </Field>
      <Field label={t('persona.gender')} error={shown.gender && say(t, shown.gender)}>{text('gender')}</Field>
      <Field label={t('persona.city')} error={shown.city && say(t, shown.city)}>{text('city')}</Field>
      <Field label={t('persona.monthlyIncome')} error={shown.monthlyIncome && say(t, shown.monthlyIncome)}>
        {(props) => <input {...props} inputMode="decimal" value={income} onChange={(e) => setIncome(e.target.value)} />}
      </Field>
      <Field label={t('persona.currency')}>
        {(props) => (
          <select {...props} value={texts.currency} onChange={(e) => setTexts({ ...texts, currency: e.target.value })}>
            {currencyChoices(texts.currency).map((code) => (
              <option key={code} value={code}>
                {currencyLabel(code, language)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {LONG_TEXTS.map((key) => (
        <Field key={key} label={label(key)} error={shown[key] && say(t, shown[key])} wide>
          {text(key)}
        </Field>
      ))}
    </FormDialog>
  );
}
