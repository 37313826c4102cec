// Which power lines count for the distance: a minimum voltage class and AC, DC or either.
import { useId } from 'react';
import { CURRENT_FILTERS, type CurrentFilter } from '../../domain/geo/currentFilter';
import type { ConstraintOf } from '../../domain/constraints/constraint';
import { formatNumber } from '../details/formatValue';
import type { EditorEnv } from './editorProps';
import { VOLTAGE_OPTIONS_KV } from './sliderRanges';

const CURRENT_KEYS = { any: 'currentAny', AC: 'currentAC', DC: 'currentDC' } as const;
const KV = { en: 'kV', zh: '千伏' } as const;

export interface PowerLineOptionsProps {
  readonly constraint: ConstraintOf<'maxDistanceToPowerLine'>;
  readonly onChange: (next: ConstraintOf<'maxDistanceToPowerLine'>) => void;
  readonly env: EditorEnv;
}

export function PowerLineOptions({ constraint, onChange, env }: PowerLineOptionsProps) {
  const id = useId();
  const { lang, t } = env;
  const voltages: readonly number[] = VOLTAGE_OPTIONS_KV.includes(
    constraint.minVoltageKv as (typeof VOLTAGE_OPTIONS_KV)[number],
  )
    ? VOLTAGE_OPTIONS_KV
    : [constraint.minVoltageKv, ...VOLTAGE_OPTIONS_KV].sort((a, b) => a - b);
  return (
    <div className="constraint-options">
      <div className="constraint-option">
        <label htmlFor={`${id}-kv`}>{t('minVoltage')}</label>
        <select
          id={`${id}-kv`}
          value={constraint.minVoltageKv}
          onChange={(event) =>
            onChange({ ...constraint, minVoltageKv: Number(event.target.value) })
          }
        >
          {voltages.map((kv) => (
            <option key={kv} value={kv}>
              ≥ {formatNumber(kv, lang)} {KV[lang]}
            </option>
          ))}
        </select>
      </div>
      <div className="constraint-option">
        <label htmlFor={`${id}-current`}>{t('current')}</label>
        <select
          id={`${id}-current`}
          value={constraint.current}
          onChange={(event) =>
            onChange({ ...constraint, current: event.target.value as CurrentFilter })
          }
        >
          {CURRENT_FILTERS.map((current) => (
            <option key={current} value={current}>
              {t(CURRENT_KEYS[current])}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
