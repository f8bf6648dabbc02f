import { useTranslation } from 'react-i18next';
import { environmentHealth, type ProjectEnvironment } from '../../lib/health';
import { Badge } from '../../ui/bits';

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
