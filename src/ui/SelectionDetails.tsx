// The detail panel of the selected feature, looked up in the loaded dataset by layer and id.
import type { ReactNode } from 'react';
import { describeField } from '../data';
import type { AtlasRecord } from '../domain/atlas';
import { useAppStore } from '../state/AppStoreContext';
import { DetailPanel } from './details/DetailPanel';

export function SelectionDetails({ children }: { children?: ReactNode }) {
  const selection = useAppStore((state) => state.selection);
  const dataset = useAppStore((state) => state.dataset);
  const select = useAppStore((state) => state.select);
  if (!selection || !dataset) return null;
  const records: readonly AtlasRecord[] = dataset.atlas[selection.layerId];
  const record = records.find((candidate) => candidate.id === selection.id);
  if (!record) return null;
  return (
    <DetailPanel
      layerId={selection.layerId}
      record={record}
      describeField={(key) => describeField(dataset.manifest.fields, selection.layerId, key)}
      onClose={() => select(null)}
    >
      {children}
    </DetailPanel>
  );
}
