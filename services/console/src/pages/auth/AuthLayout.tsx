import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n';

export function AuthLayout({ title, children, footer }: { title: string; children: ReactNode; footer: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <main className="auth-screen">
      <div className="auth-card">
        <div className="auth-brand">
          <img src="/favicon.svg" alt="" width={32} height={32} />
          <span>{t('app.name')}</span>
        </div>
        <p className="auth-tagline">{t('auth.tagline')}</p>
        <h1 className="auth-title">{title}</h1>
        {children}
        <p className="auth-footer">{footer}</p>
      </div>
      <nav className="auth-languages" aria-label={t('header.language')}>
        {LANGUAGES.map((l) => (
          <button
            key={l.code}
            type="button"
            className="link-button"
            lang={l.code === 'zh' ? 'zh-CN' : 'en'}
            aria-pressed={i18n.resolvedLanguage === l.code}
            onClick={() => void i18n.changeLanguage(l.code)}
          >
            {l.label}
          </button>
        ))}
      </nav>
    </main>
  );
}
