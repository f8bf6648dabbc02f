import { useTranslation } from 'react-i18next';
import { environmentHealth, verificationOf, type ProjectEnvironment } from '../../lib/health';
import { relativeTime } from '../../lib/format';
import { Badge, type Tone } from '../../ui/bits';

export function EnvironmentBadge({ env, withName }: { env: ProjectEnvironment; withName?: boolean }) {
  const { t } = useTranslation();
  const health = environmentHealth(env);
  const tone = health === 'synced' ? 'green' : health === 'failing' ? 'red' : 'gray';
  const word = t(`projects.${health}`);
  const reason = env.reason ? t(`envReason.${env.reason}`, { defaultValue: env.reason }) : undefined;
  return (
    <Badge tone={tone} title={reason}>
      {withName ? `${env.environment}: ${word}` : word}
    </Badge>
  );
}

const VERIFICATION_TONE: Record<string, Tone> = { verified: 'green', failing: 'red', pending: 'blue', unverified: 'gray', unknown: 'gray' };

/** Flux's verification of the credential: verified (when), failing (Flux's reason, told apart), checking, not checked. */
export function VerificationBadge({ env, now }: { env: ProjectEnvironment; now: number }) {
  const { t } = useTranslation();
  const v = verificationOf(env);
  return (
    <>
      <Badge tone={VERIFICATION_TONE[v] ?? 'gray'} title={v === 'unverified' ? t('verification.unverifiedHint') : env.verificationMessage || undefined}>
        {t(`verification.${v}`)}
      </Badge>
      {v === 'verified' && env.verifiedAt ? <div className="muted small">{t('verification.verifiedAt', { when: relativeTime(env.verifiedAt, now) })}</div> : null}
      {v === 'failing' ? (
        <div className="muted small">
          {t(`verification.${env.verificationReason || 'other'}`, { defaultValue: t('verification.other') })}
          {env.verificationFailedAt ? ` · ${relativeTime(env.verificationFailedAt, now)}` : null}
        </div>
      ) : null}
    </>
  );
}
