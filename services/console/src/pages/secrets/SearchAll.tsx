// Secrets by name across every group (GET /api/v1/secrets/search): each hit
// with its group, masked preview and version, linking to its group.
import { keepPreviousData } from '@tanstack/react-query';
import { Search } from 'lucide-react';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { $api } from '../../api/client';
import { ErrorNote, Section } from '../../ui/bits';

export function SearchAll() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q.trim());
  const results = $api.useQuery('get', '/api/v1/secrets/search', { params: { query: { q: query, pageSize: 20 } } }, { enabled: query.length > 0, placeholderData: keepPreviousData });
  return (
    <Section title={t('groups.searchAll')} id="search-all">
      <div className="search-row">
        <Search size={16} aria-hidden="true" />
        <input className="input" type="search" aria-label={t('groups.searchAll')} placeholder={t('vars.searchSecrets')} value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      <ErrorNote error={results.error} />
      {query && results.data ? (
        results.data.secrets.length === 0 ? (
          <p className="muted">{t('groups.noResults')}</p>
        ) : (
          <ul className="list" aria-label={t('groups.results', { q: query })}>
            {results.data.secrets.map((s) => (
              <li key={s.secretId} className="list-row">
                <span className="strong mono">{s.name}</span>
                <Link to={`/secrets/${s.groupId}`}>{s.groupName}</Link>
                <span className="muted mono small">{s.preview}</span>
                <span className="list-spacer" />
                <span className="mono small">v{s.version}</span>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </Section>
  );
}
