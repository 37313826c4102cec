// The constraints tab's strings in the current language, as `t(key, values?)`.
import { useCallback } from 'react';
import { useAppStore } from '../../state/AppStoreContext';
import { fillMessage } from '../i18n/fillMessage';
import { CONSTRAINT_MESSAGES, type ConstraintMessageKey } from './constraintMessages';

export type ConstraintText = (
  key: ConstraintMessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

export function useConstraintText(): ConstraintText {
  const lang = useAppStore((state) => state.lang);
  return useCallback(
    (key, values) => {
      const template = CONSTRAINT_MESSAGES[key][lang];
      return values ? fillMessage(template, values) : template;
    },
    [lang],
  );
}
