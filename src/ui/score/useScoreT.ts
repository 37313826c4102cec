// The score UI's strings in the current language, as a function `t(key)`.
import { useCallback } from 'react';
import { useAppStore } from '../../state/AppStoreContext';
import { SCORE_MESSAGES, type ScoreMessageKey } from './scoreMessages';

export function useScoreT(): (key: ScoreMessageKey) => string {
  const lang = useAppStore((state) => state.lang);
  return useCallback((key: ScoreMessageKey) => SCORE_MESSAGES[key][lang], [lang]);
}
