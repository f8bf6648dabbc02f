// A summary shows the first rows of a long list and says how many there are:
// the overview is for a glance (and a page of 300 rows renders slowly), the
// list pages are for everything. One click shows the rest in place.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export const SUMMARY_ROWS = 10;

export function useShowAll<T>(rows: T[], limit = SUMMARY_ROWS) {
  const [all, setAll] = useState(false);
  const hidden = all ? 0 : Math.max(0, rows.length - limit);
  return { visible: hidden ? rows.slice(0, limit) : rows, hidden, total: rows.length, showAll: () => setAll(true) };
}

export function ShowAll({ hidden, total, onShowAll }: { hidden: number; total: number; onShowAll: () => void }) {
  const { t } = useTranslation();
  if (hidden === 0) return null;
  return (
    <p className="show-all">
      <Button size="sm" variant="ghost" onClick={onShowAll}>
        {t('common.showAll', { count: total })}
      </Button>
    </p>
  );
}
