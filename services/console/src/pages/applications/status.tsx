import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '../../ui/bits';

const TONES: Record<string, Tone> = {
  succeeded: 'green', running: 'green', active: 'green', failed: 'red', pending: 'gray', in_progress: 'blue', deploying: 'blue', registered: 'gray', new: 'gray',
  sent: 'green', dead: 'red', retrying: 'amber', disabled: 'gray', stopped: 'amber', deleted: 'gray',
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  if (!status) return <span className="muted">—</span>;
  return <Badge tone={TONES[status] ?? 'gray'}>{t(`status.${status}`, { defaultValue: status })}</Badge>;
}
