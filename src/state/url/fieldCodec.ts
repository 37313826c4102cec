// The shape of one row of the URL table: how one field of the shareable state is read from and
// written to its URL key. Decoding is parse → normalise; encoding is normalise → format, so both
// directions pass through the same validator.
import type { Bilingual } from '../../domain/lang';
import type { IndicatorId } from '../../domain/score/indicatorIds';
import type { FeatureRef } from '../appInputs';
import type { NoticeCode } from './notices';
import type { ShareableField, ShareableState } from './shareableState';

/** What the decoder may check ids against; each set is optional (absent = accept well-formed ids). */
export interface DecodeContext {
  readonly knownRegionIds?: ReadonlySet<string>;
  readonly knownIndicatorIds?: ReadonlySet<IndicatorId>;
  /** Hub ids of the loaded dataset, for the demand hubs of the latency settings. */
  readonly knownHubIds?: ReadonlySet<string>;
  /** Whether a selected feature of a layer other than regions exists in the loaded dataset. */
  readonly isKnownFeature?: (ref: FeatureRef) => boolean;
}

export type FieldIssue = Extract<NoticeCode, 'clamped' | 'dropped'>;

export interface Checked<T> {
  readonly value: T;
  readonly issues: readonly FieldIssue[];
}

export interface FieldCodec<F extends ShareableField> {
  readonly field: F;
  /** The URL key, short and unique. */
  readonly key: string;
  /** The field's name in notices. */
  readonly label: Bilingual;
  /**
   * True when `parse` percent-decodes its own tokens (ids may hold the separators); otherwise the
   * whole value is percent-decoded before `parse` sees it.
   */
  readonly decodesTokens?: boolean;
  /** Reads the text into a value (not yet normalised); undefined when malformed. */
  readonly parse: (text: string, context: DecodeContext) => Checked<ShareableState[F]> | undefined;
  /** The canonical form: clamped, rounded, deduplicated. A value is valid when it is its own form. */
  readonly normalise: (value: ShareableState[F]) => Checked<ShareableState[F]>;
  /** URL text for a normalised value; undefined leaves the key out of the link. */
  readonly format: (value: ShareableState[F]) => string | undefined;
}

/** Ids are short printable text (no lone surrogates, which cannot be percent-encoded); markup
 * characters are refused outright. */
const FEATURE_ID = /^[^\p{Cc}\p{Cs}<>"'`\\]{1,128}$/u;

export function isWellFormedId(id: string): boolean {
  return FEATURE_ID.test(id);
}

/** Percent-decodes one token; undefined when its encoding is broken. */
export function decodeToken(token: string): string | undefined {
  try {
    return decodeURIComponent(token);
  } catch {
    return undefined;
  }
}

export const encodeToken = encodeURIComponent;
