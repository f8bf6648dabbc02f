// English and Chinese (i18next + react-i18next). The language comes from the
// switch in the header when the user chose one (remembered in localStorage:
// a language code is no secret), else from the browser (zh-CN, zh-TW… → zh).
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zh } from './zh';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh', label: '中文' },
] as const;

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en }, zh: { translation: zh } },
    supportedLngs: ['en', 'zh'],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    detection: { order: ['localStorage', 'navigator'], lookupLocalStorage: 'kw.language', caches: ['localStorage'] },
    returnNull: false,
  });

const syncHtmlLang = (lng: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng.startsWith('zh') ? 'zh-CN' : 'en';
};
syncHtmlLang(i18n.language ?? 'en');
i18n.on('languageChanged', syncHtmlLang);

export default i18n;
