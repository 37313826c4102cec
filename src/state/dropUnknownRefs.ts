// A link decoded before its dataset loaded may name regions or features the dataset lacks: once
// the data is there, those references are dropped, each with a notice, never kept dangling.
import type { LoadedDataset } from '../data';
import type { ShareableState } from './url/shareableState';
import { makeNotice, type Notice } from './url/notices';

export function dropUnknownRefs(
  state: Pick<ShareableState, 'selection' | 'compareRegionIds'>,
  dataset: LoadedDataset,
): { selection: ShareableState['selection']; compareRegionIds: string[]; notices: Notice[] } {
  const notices: Notice[] = [];
  const regionIds = new Set(dataset.atlas.regions.map((region) => region.id));
  const compareRegionIds = state.compareRegionIds.filter((id) => regionIds.has(id));
  if (compareRegionIds.length < state.compareRegionIds.length) {
    notices.push(makeNotice('dropped', 'cmp', { en: 'compared regions', zh: '对比地区' }));
  }
  const { selection } = state;
  const known = selection && dataset.atlas[selection.layerId].some((r) => r.id === selection.id);
  if (selection && !known) {
    notices.push(makeNotice('dropped', 's', { en: 'selected feature', zh: '选中要素' }));
  }
  return { selection: known ? selection : null, compareRegionIds, notices };
}
