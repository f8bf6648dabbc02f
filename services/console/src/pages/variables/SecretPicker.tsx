// The searchable secret picker of the variable editor: secrets by name across
// every group (GET /api/v1/secrets/search), chosen as radio buttons so arrow
// keys, labels and screen readers work as for any form control. Names,
// groups and masked previews only: never a value.
import { keepPreviousData } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $api, type Schemas } from '../../api/client';
import { ErrorNote } from '../../ui/bits';

type Secret = Schemas['Secret'];

export function SecretPicker({ value, onChange }: { value: Secret | null; onChange: (secret: Secret) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q.trim());
  const results = $api.useQuery('get', '/api/v1/secrets/search', { params: { query: { q: query, pageSize: 20 } } }, { placeholderData: keepPreviousData });
  const found = results.data?.secrets ?? [];
  return (
    <fieldset className="field picker">
      <legend className="field-label">{t('vars.pickSecret')}</legend>
      <input id={`${id}-q`} className="input" type="search" aria-label={t('vars.searchSecrets')} placeholder={t('vars.searchSecrets')} value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" spellCheck={false} />
      <ErrorNote error={results.error} />
      {found.length === 0 && !results.isPending ? (
        <p className="muted small">{t('vars.noMatches')}</p>
      ) : (
        <ul className="picker-list">
          {found.map((s) => (
            <li key={s.secretId}>
              <label className="picker-option">
                <input type="radio" name={`${id}-secret`} value={s.secretId} checked={value?.secretId === s.secretId} onChange={() => onChange(s)} />
                <span className="mono strong">{s.name}</span>
                <span className="muted small">{s.groupName}</span>
                <span className="list-spacer" />
                <span className="mono small muted">v{s.version}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {value ? <p className="field-hint" role="status">{t('vars.chosen', { name: value.name, group: value.groupName })}</p> : null}
    </fieldset>
  );
}
