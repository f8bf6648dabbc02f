import { useTranslation } from 'react-i18next';

/** The error class of an account's last failed refresh, in plain words. */
export function ErrorClassText({ errorClass }: { errorClass: string }) {
  const { t } = useTranslation();
  if (!errorClass) return <>—</>;
  return <>{t(`errorClass.${errorClass}`, { defaultValue: t('errorClass.unknown') })}</>;
}
