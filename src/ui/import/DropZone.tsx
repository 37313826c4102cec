// Dropping a file anywhere on the page adds it; while a file is dragged over, the map is outlined
// with a hint. Listens on the window so a drop beside the map never opens the file in the tab.
import { useEffect, useRef, useState } from 'react';
import { useImport } from './ImportProvider';
import { useImportT } from './useImportT';
import './import.css';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

export function DropZone() {
  const t = useImportT();
  const flow = useImport();
  const [active, setActive] = useState(false);
  const depth = useRef(0);
  const addFile = flow?.addFile;

  useEffect(() => {
    if (!addFile) return;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current += 1;
      setActive(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setActive(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setActive(false);
      const file = event.dataTransfer?.files[0];
      if (file) addFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [addFile]);

  if (!flow) return null;
  return (
    <div
      className={active ? 'drop-zone active' : 'drop-zone'}
      aria-label={t('dropZone')}
      aria-hidden={!active}
      data-testid="drop-zone"
      data-active={active}
    >
      {active && <p>{t('dropHere')}</p>}
    </div>
  );
}
