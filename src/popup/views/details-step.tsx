import { TextField } from '../../ui/fields';
import { t } from '../../ui/i18n';
import { useStore } from '../context';
import { DETAIL_FIELDS, type DetailField } from '../store';
import { StepHeading } from './step-heading';

const FIELD_TEXT: Record<DetailField, { label: string; hint: string; type: 'text' | 'date'; max: number }> = {
  reason: { label: 'popup_reason', hint: 'popup_reason_hint', type: 'text', max: 500 },
  highlight: { label: 'popup_highlight', hint: 'popup_highlight_hint', type: 'text', max: 300 },
  interviewTopic: { label: 'popup_interview_topic', hint: 'popup_interview_topic_hint', type: 'text', max: 200 },
  interviewDate: { label: 'popup_interview_date', hint: 'popup_interview_date_hint', type: 'date', max: 40 },
  replyBy: { label: 'popup_reply_by', hint: 'popup_reply_by_hint', type: 'date', max: 40 },
};

export function DetailsStep() {
  const store = useStore();
  const form = store.form.value;
  const fields = form.situation ? DETAIL_FIELDS[form.situation] : [];
  return (
    <form
      class="g-stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void store.writeDraft();
      }}
    >
      <StepHeading number={3} title={t('popup_details_heading')} />
      <p class="g-muted">{t('popup_details_intro')}</p>
      {fields.map((field) => {
        const text = FIELD_TEXT[field];
        return (
          <TextField
            key={field}
            name={field}
            type={text.type}
            label={t(text.label)}
            hint={t(text.hint)}
            optional
            value={form[field]}
            onValue={(value) => store.edit({ [field]: value })}
            maxLength={text.max}
          />
        );
      })}
      <div class="g-row">
        <button type="button" class="g-button" onClick={store.back}>
          {t('popup_back')}
        </button>
        <button type="submit" class="g-button g-button--primary">
          {t('popup_write_draft')}
        </button>
      </div>
    </form>
  );
}
