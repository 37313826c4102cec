// The steps of one import (idle → reading → review → finishing → idle) and the messages the user
// reads at each end: refused before reading, nothing readable, cancelled, failed, added. Pure.
import type { Bilingual } from '../../domain/lang';
import { LAYER_FAMILIES, type LayerId } from '../../domain/layerFamilies';
import { checkSize } from '../../data/validate/checkSize';
import { formatMessage } from '../../data/validate/messages';
import type { FinishResult } from '../../worker/importProtocol';
import { bilingual } from './importMessages';
import type { ReadAnswer } from './importClientTypes';

export interface FlowMessage {
  readonly tone: 'error' | 'info';
  readonly text: Bilingual;
}

export type ImportFlowState =
  | { readonly step: 'idle'; readonly message?: FlowMessage }
  | { readonly step: 'reading'; readonly fileName: string }
  | {
      readonly step: 'review' | 'finishing';
      readonly fileName: string;
      readonly preview: ReadAnswer;
      readonly message?: FlowMessage;
    };

const error = (text: Bilingual): FlowMessage => ({ tone: 'error', text });

function failed(fileName: string, reason: Bilingual): FlowMessage {
  return error(bilingual('failed', (lang) => ({ file: fileName, reason: reason[lang] })));
}

/** The refusal of a file over `maxBytes`, before a byte of it is read; undefined when it fits. */
export function sizeRefusal(fileName: string, byteLength: number, maxBytes: number) {
  const tooLarge = checkSize(byteLength, maxBytes);
  if (!tooLarge) return undefined;
  return failed(fileName, {
    en: formatMessage('file_too_large', 'en', tooLarge),
    zh: formatMessage('file_too_large', 'zh', tooLarge),
  });
}

/** Why nothing can be added from a read file (its fatal reason, or no feature); else undefined. */
export function readRefusal(fileName: string, preview: ReadAnswer) {
  const { fatalReason, fatalParams } = preview.report;
  if (fatalReason) {
    return failed(fileName, {
      en: formatMessage(fatalReason, 'en', fatalParams),
      zh: formatMessage(fatalReason, 'zh', fatalParams),
    });
  }
  if (preview.featureCount > 0) return undefined;
  return failed(fileName, {
    en: formatMessage('no_features', 'en'),
    zh: formatMessage('no_features', 'zh'),
  });
}

export function workerFailure(fileName: string, reason: string) {
  return failed(
    fileName,
    bilingual('workerFailed', () => ({ reason })),
  );
}

export const CANCELLED: FlowMessage = { tone: 'info', text: bilingual('cancelled') };

/** After `finish`: what was added, or why nothing was (the user may pick another layer). */
export function finishMessage(fileName: string, result: FinishResult): FlowMessage {
  const n = result.records.length;
  if (n === 0) {
    const label = LAYER_FAMILIES[result.layerId].label;
    return error(bilingual('noneFit', (lang) => ({ n: result.droppedCount, layer: label[lang] })));
  }
  const key = result.droppedCount > 0 ? 'addedDropped' : 'added';
  return {
    tone: 'info',
    text: bilingual(key, () => ({ n, d: result.droppedCount, file: fileName })),
  };
}

/** `added-N` with N one more than the highest current added layer, so ids stay unique. */
export function nextAddedLayerId(existing: readonly { readonly id: string }[]): string {
  const numbers = existing.map(({ id }) => Number(/^added-(\d+)$/.exec(id)?.[1] ?? 0));
  return `added-${Math.max(0, ...numbers) + 1}`;
}

/** The layers a file can go to: the suggested one first, then the others in draw order. */
export function layerChoices(all: readonly LayerId[], suggested: LayerId): LayerId[] {
  return [suggested, ...all.filter((id) => id !== suggested)];
}
