import { isoDate } from '../../domain/fileName';
import type { Arm } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { Field } from '../../ui/Field';

/** Today as the user's calendar shows it, not as UTC does: a new reading's date. */
export const today = () => isoDate(new Date());

/** The date and the group of a reading: the first two fields of both reading forms. */
export function ReadingDateArm(props: {
  date: string;
  onDate: (e: { target: { value: string } }) => void;
  dateError: string | undefined;
  arm: Arm;
  onArm: (arm: Arm) => void;
}) {
  const t = useT();
  return (
    <>
      <Field label={t('hyp.reading.date')} error={props.dateError}>
        {(field) => <input {...field} type="date" value={props.date} onChange={props.onDate} />}
      </Field>
      <Field label={t('hyp.reading.arm')}>
        {(field) => (
          <select {...field} value={props.arm} onChange={(e) => props.onArm(e.target.value as Arm)}>
            <option value="control">{t('hyp.arm.control')}</option>
            <option value="treatment">{t('hyp.arm.treatment')}</option>
          </select>
        )}
      </Field>
    </>
  );
}
