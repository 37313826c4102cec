// What the detail panel offers for the selected feature of a scenario: retire it (families whose
// status can be retired), remove it, move a point on the map, or set its capacity. Each is one
// modification of the active scenario; shown while a scenario is active.
import { useState } from 'react';
import type { AtlasRecord } from '../../domain/atlas';
import { LAYER_FAMILIES, type LayerId } from '../../domain/layerFamilies';
import type { Modification } from '../../domain/scenario/modification';
import { useAppStore } from '../../state/AppStoreContext';
import { useScenarioT } from './useScenarioT';

/** The capacity field a family's records have, if any (first present one). */
const CAPACITY_FIELDS = ['capacityMw', 'capacityGw', 'capacityTbps'] as const;

export function FeatureActions({ layerId, id }: { layerId: LayerId; id: string }) {
  const t = useScenarioT();
  const record = useAppStore((state) =>
    (state.dataset?.atlas[layerId] as readonly AtlasRecord[] | undefined)?.find((r) => r.id === id),
  );
  const add = useAppStore((state) => state.addModification);
  const setTool = useAppStore((state) => state.setEditTool);
  const select = useAppStore((state) => state.select);
  const editing = useAppStore((state) => state.activeScenarioId !== null);
  const capacityField = CAPACITY_FIELDS.find((field) => record && field in record) ?? 'capacityMw';
  const current = record
    ? (record as unknown as Record<string, unknown>)[capacityField]
    : undefined;
  const [capacity, setCapacity] = useState(typeof current === 'number' ? String(current) : '');
  if (!record || layerId === 'regions' || !editing) return null;
  const modify = (modification: Modification) => add(modification);
  const canRetire = 'status' in record && record.status !== 'retired';
  const isPoint = LAYER_FAMILIES[layerId].geometry === 'point';
  const value = Number(capacity);
  return (
    <section className="scenario-feature-actions" aria-label={t('featureActions')}>
      <h3>{t('featureActions')}</h3>
      <div className="scenario-buttons">
        {canRetire && (
          <button
            type="button"
            onClick={() =>
              modify({
                kind: 'edit',
                layerId,
                id,
                changes: { status: 'retired', proposed: true },
              } as Modification)
            }
          >
            {t('retire')}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            modify({ kind: 'remove', layerId, id } as Modification);
            select(null);
          }}
        >
          {t('removeFeature')}
        </button>
        {isPoint && (
          <button type="button" onClick={() => setTool({ kind: 'move', ref: { layerId, id } })}>
            {t('moveFeature')}
          </button>
        )}
      </div>
      <form
        className="scenario-capacity"
        onSubmit={(event) => {
          event.preventDefault();
          if (capacity === '' || !Number.isFinite(value) || value < 0) return;
          modify({
            kind: 'edit',
            layerId,
            id,
            changes: { [capacityField]: value, proposed: true },
          } as Modification);
        }}
      >
        <label>
          {capacityField === 'capacityGw' ? t('capacityGw') : t('capacityMw')}
          <input
            type="number"
            min={0}
            value={capacity}
            onChange={(event) => setCapacity(event.target.value)}
          />
        </label>
        <button type="submit">{t('setCapacity')}</button>
      </form>
    </section>
  );
}
