import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../ui/bits';

export default function NotFound() {
  const { t } = useTranslation();
  return <EmptyState title="404" hint={<Link to="/">{t('nav.overview')}</Link>} />;
}
