// The hover tooltip: plain text only (React escapes it), never HTML from data.
export interface TooltipContent {
  readonly x: number;
  readonly y: number;
  readonly title: string;
  readonly lines: readonly string[];
}

export function Tooltip({ content }: { content: TooltipContent | null }) {
  if (!content) return null;
  return (
    <div className="tooltip" role="tooltip" style={{ left: content.x + 12, top: content.y + 12 }}>
      <strong>{content.title}</strong>
      {content.lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  );
}
