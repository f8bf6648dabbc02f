// The next keyset page of the trail, shared by the audit page and the timelines.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import type { useAuditPages } from './trail';

export function LoadMore({ pages, children }: { pages: ReturnType<typeof useAuditPages>; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="audit-more">
      {children}
      {pages.hasNextPage ? (
        <Button size="sm" busy={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
          {t('audit.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}
