import type { JSX } from 'preact';
import { t } from '../../shared/i18n';
import type { NoticeKind } from '../../shared/messages';

const NOTICE_KEYS: Record<NoticeKind, string> = {
  storageReset: 'popupNoticeStorageReset',
  saveFailed: 'popupNoticeSaveFailed',
};

interface NoticeBannerProps {
  readonly notice: NoticeKind;
  readonly onDismiss: () => void;
}

export function NoticeBanner({ notice, onDismiss }: NoticeBannerProps): JSX.Element {
  return (
    <div class="notice" role="status">
      <p>{t(NOTICE_KEYS[notice])}</p>
      <button type="button" class="btn btn-small" onClick={onDismiss}>
        {t('popupDismiss')}
      </button>
    </div>
  );
}
