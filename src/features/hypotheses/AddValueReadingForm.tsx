import { useState, type ChangeEvent, type FormEvent } from 'react';
import { totalsOfValues } from '../../domain/hypotheses/analysis';
import { checkValueReading, parseValuesFile, type ValueReadingFormInput, type ValueReadingProblem } from '../../domain/hypotheses/readingInput';
import type { Arm } from '../../domain/types';
import { say, useLanguage, useT } from '../../i18n/useT';
import { actions } from '../../store/actions';
import { Field } from '../../ui/Field';
import { ReadingDateArm, today } from './ReadingDateArm';
import { formatNumber } from './format';


/**
 * One dated reading of a value metric for one group: customers, the sum of their values and the
 * sum of the squared values (periods then add up), typed or computed from a per-customer CSV.
 */
export function AddValueReadingForm({ hypothesisId }: { hypothesisId: string }) {
  const t = useT();
  const language = useLanguage();
  const [arm, setArm] = useState<Arm>('control');
  const [input, setInput] = useState<ValueReadingFormInput>({ date: today(), users: '', sum: '', sumSquares: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof ValueReadingFormInput, ValueReadingProblem>>>({});
  const [fileMessage, setFileMessage] = useState<{ error: boolean; text: string } | null>(null);
  const set = (field: keyof ValueReadingFormInput) => (e: { target: { value: string } }) => {
    setInput((old) => ({ ...old, [field]: e.target.value }));
    setErrors((old) => ({ ...old, [field]: undefined }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const check = checkValueReading(input, language);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    actions.addReading(hypothesisId, { arm, date: check.date, users: check.users, conversions: 0, sum: check.sum, sumSquares: check.sumSquares });
    setInput((old) => ({ ...old, users: '', sum: '', sumSquares: '' }));
    setErrors({});
  };
  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) {
      setErrors((old) => ({ ...old, date: 'hyp.reading.dateRequired' }));
      return;
    }
    const parsed = parseValuesFile(await file.text(), language);
    if (!parsed.ok) {
      setFileMessage({ error: true, text: parsed.line === 0 ? t('hyp.values.empty') : t('hyp.values.badLine', { line: parsed.line, text: parsed.text }) });
      return;
    }
    const totals = totalsOfValues(parsed.values);
    actions.addReading(hypothesisId, { arm, date: input.date, users: totals.n, conversions: 0, sum: totals.sum, sumSquares: totals.sumSquares });
    setFileMessage({
      error: false,
      text: t('hyp.values.imported', { n: formatNumber(totals.n, language, 0), arm: t(`hyp.arm.${arm}`), sum: formatNumber(totals.sum, language, 2) }),
    });
  };
  const message = (field: keyof ValueReadingFormInput) => {
    const problem = errors[field];
    return problem ? say(t, problem) : undefined;
  };
  return (
    <form className="add-reading" onSubmit={submit} noValidate aria-label={t('hyp.reading.add')}>
      <ReadingDateArm date={input.date} onDate={set('date')} dateError={message('date')} arm={arm} onArm={setArm} />
      <Field label={t('hyp.reading.users')} error={message('users')}>
        {(props) => <input {...props} inputMode="numeric" value={input.users} onChange={set('users')} />}
      </Field>
      <Field label={t('hyp.reading.sum')} error={message('sum')}>
        {(props) => <input {...props} inputMode="decimal" value={input.sum} onChange={set('sum')} />}
      </Field>
      <Field label={t('hyp.reading.sumSquares')} error={message('sumSquares')}>
        {(props) => <input {...props} inputMode="decimal" value={input.sumSquares} onChange={set('sumSquares')} />}
      </Field>
      <button type="submit">{t('hyp.reading.add')}</button>
      <Field label={t('hyp.values.import')} wide>
        {(props) => <input {...props} type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(e) => void importFile(e)} />}
      </Field>
      <p className="hint wide">{t('hyp.values.hint')}</p>
      {fileMessage && (
        <p className={fileMessage.error ? 'field-error wide' : 'hint wide'} role={fileMessage.error ? 'alert' : 'status'}>
          {fileMessage.text}
        </p>
      )}
    </form>
  );
}
