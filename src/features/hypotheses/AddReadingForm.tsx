import { useState, type FormEvent } from 'react';
import { checkReading, type ReadingFormInput, type ReadingProblem } from '../../domain/hypotheses/readingInput';
import type { Arm } from '../../domain/types';
import { say, useLanguage, useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { Field } from '../../ui/Field';
import { ReadingDateArm, today } from './ReadingDateArm';


/** One dated count of customers and conversions for one group; nothing is saved while a field is wrong. */
export function AddReadingForm({ hypothesisId }: { hypothesisId: string }) {
  const t = useT();
  const language = useLanguage();
  const [arm, setArm] = useState<Arm>('control');
  const [input, setInput] = useState<ReadingFormInput>({ date: today(), users: '', conversions: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof ReadingFormInput, ReadingProblem>>>({});
  const set = (field: keyof ReadingFormInput) => (e: { target: { value: string } }) => {
    setInput((old) => ({ ...old, [field]: e.target.value }));
    setErrors((old) => ({ ...old, [field]: undefined }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const check = checkReading(input, language);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    actions.addReading(hypothesisId, { arm, date: check.date, users: check.users, conversions: check.conversions });
    setInput((old) => ({ ...old, users: '', conversions: '' }));
    setErrors({});
  };
  const message = (field: keyof ReadingFormInput) => {
    const problem = errors[field];
    if (!problem) return undefined;
    return problem === 'hyp.reading.conversionsTooMany' ? t(problem, { users: input.users }) : say(t, problem);
  };
  return (
    <form className="add-reading" onSubmit={submit} noValidate aria-label={t('hyp.reading.add')}>
      <ReadingDateArm date={input.date} onDate={set('date')} dateError={message('date')} arm={arm} onArm={setArm} />
      <Field label={t('hyp.reading.users')} error={message('users')}>
        {(props) => <input {...props} inputMode="numeric" value={input.users} onChange={set('users')} />}
      </Field>
      <Field label={t('hyp.reading.conversions')} error={message('conversions')}>
        {(props) => <input {...props} inputMode="numeric" value={input.conversions} onChange={set('conversions')} />}
      </Field>
      <button type="submit">{t('hyp.reading.add')}</button>
    </form>
  );
}
