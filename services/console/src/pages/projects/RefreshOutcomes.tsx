// Each environment's outcome of a "refresh credentials": refreshed, drift
// repaired, unchanged, or failed with its reason (and whether it is retried).
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { Badge, Section, type Tone } from '../../ui/bits';

const TONE: Record<string, Tone> = { refreshed: 'green', drift_fixed: 'blue', unchanged: 'gray', failed: 'red' };

export function RefreshOutcomes({ outcomes }: { outcomes: Schemas['RefreshOutcome'][] }) {
  const { t } = useTranslation();
  if (outcomes.length === 0) return null;
  return (
    <Section title={t('refresh.outcome')} id="refresh-outcomes">
      <ul className="list" aria-live="polite">
        {outcomes.map((o) => (
          <li key={o.environment} className="list-row">
            <span className="strong mono">{o.environment}</span>
            <Badge tone={TONE[o.outcome] ?? 'gray'}>{t(`refresh.${o.outcome}`, { defaultValue: o.outcome })}</Badge>
            {o.outcome === 'failed' ? (
              <span className="muted small">
                {o.reason ? t(`envReason.${o.reason}`, { defaultValue: o.reason }) : o.detail}
                {o.retrying ? ` (${t('refresh.retrying')})` : ''}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}
