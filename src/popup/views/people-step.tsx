import { ROLES } from '../../core/compose/types';
import { focusFirstInvalid, SelectField, TextField } from '../../ui/fields';
import { t } from '../../ui/i18n';
import { roleOptions } from '../../ui/labels';
import { useStore } from '../context';
import { StepHeading } from './step-heading';

export function PeopleStep() {
  const store = useStore();
  const form = store.form.value;
  const errors = store.errors.value;
  const error = (key?: string) => (key ? t(key) : null);
  return (
    <form
      class="g-stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!store.submitPeople()) focusFirstInvalid(event.currentTarget as HTMLFormElement);
      }}
    >
      <StepHeading number={2} title={t('popup_people_heading')} />
      <TextField
        name="recipientName"
        label={t('popup_recipient_name')}
        hint={t('popup_recipient_name_hint')}
        value={form.recipientName}
        onValue={(recipientName) => store.edit({ recipientName })}
        error={error(errors.recipientName)}
        required
        maxLength={120}
        autocomplete="name"
      />
      <SelectField
        name="role"
        label={t('popup_recipient_role')}
        value={form.role}
        options={roleOptions(ROLES)}
        onValue={(role) => store.edit({ role })}
      />
      <TextField
        name="email"
        type="email"
        label={t('popup_recipient_email')}
        hint={t('popup_recipient_email_hint')}
        optional
        value={form.email}
        onValue={(email) => store.edit({ email })}
        error={error(errors.email)}
        maxLength={320}
        autocomplete="email"
      />
      <TextField
        name="company"
        label={t('popup_company')}
        value={form.company}
        onValue={(company) => store.edit({ company })}
        error={error(errors.company)}
        required
        maxLength={200}
        autocomplete="organization"
      />
      <TextField
        name="jobTitle"
        label={t('popup_job_title')}
        optional
        value={form.jobTitle}
        onValue={(jobTitle) => store.edit({ jobTitle })}
        maxLength={200}
      />
      <div class="g-row">
        <button type="button" class="g-button" onClick={store.back}>
          {t('popup_back')}
        </button>
        <button type="submit" class="g-button g-button--primary">
          {t('popup_next')}
        </button>
      </div>
    </form>
  );
}
