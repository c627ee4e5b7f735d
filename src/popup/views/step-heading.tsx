import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../ui/i18n';

/**
 * The heading of a step of the "New note" flow. It takes focus when the step appears, so keyboard
 * and screen reader users land at the start of the new content instead of on a vanished button.
 */
export function StepHeading(props: { number: number; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div class="popup-step-heading">
      <p class="g-hint">{t('popup_step_of', [String(props.number), '4'])}</p>
      <h2 ref={ref} tabIndex={-1}>
        {props.title}
      </h2>
    </div>
  );
}
