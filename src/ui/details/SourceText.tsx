// A source citation as text with its web addresses as links that open in a new tab.
import { sourceSegments } from './sourceSegments';

export function SourceText({ source }: { source: string }) {
  return (
    <span className="source-text">
      {sourceSegments(source).map((segment, index) =>
        segment.kind === 'link' ? (
          <a key={index} href={segment.href} target="_blank" rel="noopener noreferrer">
            {segment.href}
          </a>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </span>
  );
}
