import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { Button } from '../../ui/Button';
import { CancelButton, DialogActions, Modal } from '../../ui/Dialog';
import { CheckboxField, SelectField, TextField } from '../../ui/Field';
import { ErrorNote } from '../../ui/bits';
import { NOTIFICATION_KINDS } from './kinds';

type Open = { open: boolean; onOpenChange: (open: boolean) => void };
type Kind = Schemas['ChannelInput']['kind'];

export function AddChannelDialog({ organizationId, open, onOpenChange }: Open & { organizationId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>('feishu');
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  // The signing secret and SMTP password are typed here and sent once; nothing keeps them afterwards.
  const [signingSecret, setSigningSecret] = useState('');
  const [email, setEmail] = useState({ host: '', port: '587', from: '', to: '', username: '', password: '' });
  const [locale, setLocale] = useState<'en' | 'zh-CN'>(i18n.resolvedLanguage === 'zh' ? 'zh-CN' : 'en');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setSigningSecret('');
    setEmail((e) => ({ ...e, password: '' }));
    setError(null);
    onOpenChange(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body: Schemas['ChannelInput'] =
      kind === 'email'
        ? {
            kind, name, locale,
            email: {
              host: email.host, port: Number(email.port), from: email.from, to: email.to.split(',').map((s) => s.trim()).filter(Boolean),
              ...(email.username ? { username: email.username, password: email.password } : {}),
            },
          }
        : { kind, name, locale, url, ...(kind === 'webhook' && signingSecret ? { signingSecret } : {}) };
    try {
      await call(api.POST('/api/v1/notifications/channels', { params: { query: organizationId ? { organizationId } : {} }, body }));
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/notifications/channels'] });
      setName('');
      setUrl('');
      close();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const setMail = (key: keyof typeof email) => (e: { target: { value: string } }) => setEmail((m) => ({ ...m, [key]: e.target.value }));
  return (
    <Modal open={open} onOpenChange={(o) => (o ? onOpenChange(true) : close())} title={t('notifications.addChannel')}>
      <form className="form" onSubmit={(e) => void submit(e)} autoComplete="off">
        <div className="form-row">
          <SelectField label={t('notifications.kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="feishu">Feishu / Lark</option>
            <option value="slack">Slack</option>
            <option value="email">E-mail (SMTP)</option>
            <option value="webhook">Signed webhook</option>
          </SelectField>
          <SelectField label={t('notifications.locale')} value={locale} onChange={(e) => setLocale(e.target.value as 'en' | 'zh-CN')}>
            <option value="en">English</option>
            <option value="zh-CN">中文</option>
          </SelectField>
        </div>
        <TextField label={t('common.name')} value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
        {kind === 'email' ? (
          <>
            <div className="form-row">
              <TextField label={t('notifications.emailHost')} value={email.host} onChange={setMail('host')} required />
              <TextField label={t('notifications.emailPort')} type="number" value={email.port} onChange={setMail('port')} required />
            </div>
            <TextField label={t('notifications.emailFrom')} type="email" value={email.from} onChange={setMail('from')} required />
            <TextField label={t('notifications.emailTo')} value={email.to} onChange={setMail('to')} required />
            <div className="form-row">
              <TextField label={`SMTP user (${t('common.optional')})`} value={email.username} onChange={setMail('username')} />
              <TextField label={`SMTP password (${t('common.optional')})`} type="password" autoComplete="new-password" value={email.password} onChange={setMail('password')} />
            </div>
          </>
        ) : (
          <TextField label={t('notifications.url')} type="url" value={url} onChange={(e) => setUrl(e.target.value)} required spellCheck={false} />
        )}
        {kind === 'webhook' ? (
          <TextField label={`${t('applications.signingSecret')} (${t('common.optional')})`} type="password" autoComplete="new-password" value={signingSecret} onChange={(e) => setSigningSecret(e.target.value)} hint={t('notifications.signingSecretHint')} />
        ) : null}
        <ErrorNote error={error} />
        <DialogActions>
          <CancelButton onClick={close} />
          <Button type="submit" variant="primary" busy={busy}>
            {t('common.create')}
          </Button>
        </DialogActions>
      </form>
    </Modal>
  );
}

export function SubscribeDialog({ organizationId, channels, open, onOpenChange }: Open & { organizationId: string | undefined; channels: Schemas['Channel'][] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [channelId, setChannelId] = useState('');
  const [kinds, setKinds] = useState<string[]>(['refresh_token_expiring', 'reauthorization_required', 'deployment_failed']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const chosen = channelId || channels[0]?.channelId || '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call(api.POST('/api/v1/notifications/subscriptions', { params: { query: organizationId ? { organizationId } : {} }, body: { channelId: chosen, kinds } }));
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/notifications/subscriptions'] });
      onOpenChange(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={t('notifications.addSubscription')}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <SelectField label={t('notifications.channel')} value={chosen} onChange={(e) => setChannelId(e.target.value)} required>
          {channels.map((c) => (
            <option key={c.channelId} value={c.channelId}>
              {c.name} ({c.kind})
            </option>
          ))}
        </SelectField>
        <fieldset className="fieldset">
          <legend className="field-label">{t('notifications.kinds')}</legend>
          <div className="check-grid">
            {NOTIFICATION_KINDS.map((kind) => (
              <CheckboxField
                key={kind}
                label={<span className="mono small">{kind}</span>}
                checked={kinds.includes(kind)}
                onChange={(e) => setKinds((k) => (e.target.checked ? [...k, kind] : k.filter((x) => x !== kind)))}
              />
            ))}
          </div>
        </fieldset>
        <ErrorNote error={error} />
        <DialogActions>
          <CancelButton onClick={() => onOpenChange(false)} />
          <Button type="submit" variant="primary" busy={busy} disabled={!chosen}>
            {t('notifications.addSubscription')}
          </Button>
        </DialogActions>
      </form>
    </Modal>
  );
}
